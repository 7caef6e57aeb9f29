package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.positionstracker.extract.ExtractionFixture.extract;
import static org.positionstracker.extract.ExtractionFixture.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.positionstracker.actor.ActorKind;

/** The kind of a speaker the codebook does not know, decided from the mention and the article. */
class SpeakerKindTests {

    private static SpeakerRef speakerOf(String text) {
        return single(extract(text)).speaker();
    }

    @Test
    void bareUnknownNameWithoutPersonEvidence_isAnOrganisation() {
        SpeakerRef s = speakerOf("“The plan is a disaster,” Eurofer said.");

        assertEquals("Eurofer", s.canonicalName());
        assertEquals(ActorKind.ORGANISATION, s.kind());
        assertFalse(s.inCodebook());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Northbridge United said the stadium would be rebuilt.|Northbridge United",
            "Amnesty International said the election was unfair.|Amnesty International",
            "Acme Corp said the tariffs would hurt exports.|Acme Corp",
            "The Port Authority said the harbour would close.|Port Authority",
            "Human Rights Watch said the election was unfair.|Human Rights Watch",
            "Siemens AG said the tariffs would hurt exports.|Siemens AG",
            "ACEA said the tariffs would hurt exports.|ACEA",
            "The Halvorsen Trust said the wages were too low.|Halvorsen Trust"})
    void organisationWordOrAcronymInTheName_makesAnOrganisation(String text, String name) {
        SpeakerRef s = speakerOf(text);

        assertEquals(name, s.canonicalName());
        assertEquals(ActorKind.ORGANISATION, s.kind());
    }

    @Test
    void unionAfterTheName_keepsTheNamesCapitalAndIsAnOrganisation() {
        SpeakerRef s = speakerOf("“The plan is a disaster,” the Teamsters union said.");

        assertEquals("Teamsters union", s.canonicalName());
        assertEquals(ActorKind.ORGANISATION, s.kind());
    }

    @Test
    void theBeforeAnUnknownCapitalisedName_makesAnOrganisation() {
        SpeakerRef s = speakerOf("The Brookhaven said the harbour would close.");

        assertEquals("Brookhaven", s.canonicalName());
        assertEquals(ActorKind.ORGANISATION, s.kind());
    }

    @Test
    void heLater_makesABareNameAPerson() {
        String text = "Halvorsen said the tariffs were too low. He added that exports had collapsed.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        for (ExtractedStatement s : st) {
            assertEquals("Halvorsen", s.speaker().canonicalName());
            assertEquals(ActorKind.PERSON, s.speaker().kind());
        }
    }

    @Test
    void sheLaterInAQuote_makesABareNameAPerson() {
        String text = "“The plan is a disaster,” Caldwell said. “Nobody asked us,” she added.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals(ActorKind.PERSON, st.get(0).speaker().kind());
        assertEquals("Caldwell", st.get(1).speaker().canonicalName());
    }

    @Test
    void itLater_makesABareNameAnOrganisation() {
        String text = "Greenpeace said the coal plant must close. It added that emissions were rising.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("Greenpeace", st.get(1).speaker().canonicalName());
        assertEquals(ActorKind.ORGANISATION, st.get(0).speaker().kind());
    }

    @Test
    void honorificOnALaterMention_makesTheEarlierBareNameAPerson() {
        String text = "“The tariffs are too low,” said Caldwell. Mr. Caldwell added that exports had collapsed.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        for (ExtractedStatement s : st) assertEquals(ActorKind.PERSON, s.speaker().kind());
    }

    @Test
    void bareNameWrittenAfterAFirstNameElsewhere_isAPerson() {
        String text = "North Dakota Republican Ann Caldwell voted against the bill. “This is the one shot,” Caldwell said.";

        SpeakerRef s = speakerOf(text);

        assertEquals("Caldwell", s.canonicalName());
        assertEquals(ActorKind.PERSON, s.kind());
    }

    @Test
    void bareNameAfterASentenceAdverbElsewhere_staysAnOrganisation() {
        String text = "Meanwhile Eurofer met the minister. “This is the one shot,” Eurofer said.";

        assertEquals(ActorKind.ORGANISATION, speakerOf(text).kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Robert Oldendick, a University of Kent political scientist, said the poll was wrong.|PERSON",
            "Eurofer, a group of steel producers, said the tariffs were too low.|ORGANISATION",
            "Caldwell, who runs a bakery, said the tariffs were too low.|PERSON",
            "Eurofer, which represents steelmakers, said the tariffs were too low.|ORGANISATION",
            "Caldwell, a retired teacher, said the tariffs were too low.|PERSON",
            "Eurofer, the steel lobby, said the tariffs were too low.|ORGANISATION",
            "Steel lobby Eurofer said the tariffs were too low.|ORGANISATION",
            "Pollster Caldwell said the tariffs were too low.|PERSON"})
    void relativePronounAppositiveOrRoleNoun_decidesABareName(String text, ActorKind kind) {
        assertEquals(kind, speakerOf(text).kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meenakshi Ganguly of Human Rights Watch said the election was unfair.",
            "“The race is close,” the Washington Post's Ann Lee said."})
    void personalNameBeforeAnOrganisationOrAfterItsPossessive_isAPerson(String text) {
        assertEquals(ActorKind.PERSON, speakerOf(text).kind());
    }

    @Test
    void bareCommonGivenName_isAPerson() {
        SpeakerRef s = speakerOf("“The rent doubled,” Isabelle said.");

        assertEquals("Isabelle", s.canonicalName());
        assertEquals(ActorKind.PERSON, s.kind());
    }

    @Test
    void firstNameAndSurname_isAPerson() {
        SpeakerRef s = speakerOf("Ann Halvorsen said the tariffs were too low.");

        assertEquals(ActorKind.PERSON, s.kind());
    }

    @Test
    void titleBeforeTheName_makesAPersonEvenWithAnOrganisationWordInTheTitle() {
        SpeakerRef s = speakerOf("AG Pam Bondi said the tariffs were legal.");

        assertEquals("Pam Bondi", s.canonicalName());
        assertEquals(ActorKind.PERSON, s.kind());
        assertEquals("AG", s.role());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "“Support is slipping,” the BBC reported.|BBC",
            "“The strike will continue,” the Hill reported.|The Hill",
            "The Hill reported that the strike would continue.|The Hill",
            "“The harbour will close,” the Northbridge Gazette reported.|Northbridge Gazette",
            "The Northbridge Post reported that the strike would continue.|Northbridge Post",
            "“The harbour will close,” Northbridge Broadcasting said.|Northbridge Broadcasting"})
    void outletAsSpeaker_isMedia(String text, String name) {
        SpeakerRef s = speakerOf(text);

        assertEquals(name, s.canonicalName());
        assertEquals(ActorKind.MEDIA, s.kind());
    }

    @Test
    void surnameThatIsAlsoAnOutletWord_withoutThe_staysAPerson() {
        SpeakerRef s = speakerOf("Emily Post said the wages were too low.");

        assertEquals(ActorKind.PERSON, s.kind());
    }

    @Test
    void outletToldByASpeaker_isNotTheSpeaker() {
        SpeakerRef s = speakerOf("“Support is slipping,” pollster Ann Lee told NBC.");

        assertEquals("Ann Lee", s.canonicalName());
        assertEquals(ActorKind.PERSON, s.kind());
        assertEquals("pollster", s.role());
    }

    @Test
    void codebookActors_keepTheirKinds() {
        List<ExtractedStatement> st = extract("The WTO said the tariffs were illegal. Vogel said the tariffs were temporary.").statements();

        assertEquals(2, st.size());
        assertEquals(ActorKind.ORGANISATION, st.get(0).speaker().kind());
        assertEquals("Henrik Vogel", st.get(1).speaker().canonicalName());
        assertEquals(ActorKind.PERSON, st.get(1).speaker().kind());
    }
}
