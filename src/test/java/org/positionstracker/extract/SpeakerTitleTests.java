package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.positionstracker.extract.ExtractionFixture.covered;
import static org.positionstracker.extract.ExtractionFixture.extract;
import static org.positionstracker.extract.ExtractionFixture.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.positionstracker.actor.ActorKind;

/** Titles and honorifics before a name go to the speaker's role; the name is the person's own. */
class SpeakerTitleTests {

    @Test
    void titledFullNameThenSurname_areOneActorWithTheTitleAsRole() {
        String text = "Councillor James Okafor said the budget was late. Okafor added that the wages were too low.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        for (ExtractedStatement s : st) {
            assertEquals("James Okafor", s.speaker().canonicalName());
            assertEquals("Councillor", s.speaker().role());
            assertEquals(ActorKind.PERSON, s.speaker().kind());
        }
        assertEquals("Okafor", covered(text, st.get(1).speakerMention()));
    }

    @Test
    void titledNameThenUntitledFullName_areOneActor() {
        String text = "“The budget is late,” Councillor James Okafor said. James Okafor later said the strike was justified.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("James Okafor", st.get(0).speaker().canonicalName());
        assertEquals(st.get(0).speaker(), st.get(1).speaker());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Mayor Ann Reed said the harbour would close.|Ann Reed|Mayor",
            "Dr. Ann Reed said the wages were too low.|Ann Reed|Dr.",
            "Senator Ann Reed said the tariffs were too high.|Ann Reed|Senator",
            "Foreign Minister Ann Reed said the tariffs were too high.|Ann Reed|Foreign Minister",
            "Prime Minister Tom Baxter said the election would be held in May.|Tom Baxter|Prime Minister",
            "Cllr James Okafor said the budget was late.|James Okafor|Cllr",
            "Police Commissioner Tom Baxter said the strike was illegal.|Tom Baxter|Police Commissioner",
            "Assemblywoman Ann Reed said the strike was illegal.|Ann Reed|Assemblywoman",
            "Sheriff Tom Baxter said the strike was illegal.|Tom Baxter|Sheriff",
            "Port Authority spokesperson Ann Reed said the harbour would close.|Ann Reed|Port Authority spokesperson",
            "Mr. Baxter said the strike would continue.|Baxter|Mr."})
    void titleBeforeTheName_isTheRole(String text, String name, String role) {
        SpeakerRef s = single(extract(text)).speaker();

        assertEquals(name, s.canonicalName());
        assertEquals(role, s.role());
        assertEquals(ActorKind.PERSON, s.kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The tariffs are too high, Sen. Tom Baxter said.|Sen.",
            "The climate is changing, said Prof. Ann Reed.|Prof.",
            "Rep. Tom Baxter said the tariffs were too high.|Rep.",
            "Lt. Gov. Tom Baxter said the strike was illegal.|Lt. Gov.",
            "Rev. Ann Reed said the shelter would stay open.|Rev.",
            "Cllr. Tom Baxter said the budget was late.|Cllr.",
            "Supt. Ann Reed said the road would reopen.|Supt."})
    void abbreviatedTitle_doesNotEndTheSentence(String text, String role) {
        SpeakerRef s = single(extract(text)).speaker();

        assertEquals(role, s.role());
        assertEquals(ActorKind.PERSON, s.kind());
    }

    @Test
    void middleInitial_doesNotEndTheSentence() {
        SpeakerRef s = single(extract("Ann B. Caldwell said the tariffs were too high.")).speaker();

        assertEquals("Ann B. Caldwell", s.canonicalName());
    }

    @Test
    void titleWithASurnameAlone_isAPersonWithThatRole() {
        SpeakerRef s = single(extract("“It is a scandal,” Councillor Okafor said.")).speaker();

        assertEquals("Okafor", s.canonicalName());
        assertEquals("Councillor", s.role());
        assertEquals(ActorKind.PERSON, s.kind());
    }

    @Test
    void appositiveSpokespersonForABody_isTheRoleAndNotPartOfTheName() {
        SpeakerRef s = single(extract("Ann Reed, spokesperson for the Port Authority, said the harbour would close.")).speaker();

        assertEquals("Ann Reed", s.canonicalName());
        assertEquals("spokesperson for the Port Authority", s.role());
    }

    @Test
    void sentenceInitialAdverb_isNeitherNameNorRole() {
        SpeakerRef s = single(extract("Separately Jane Doe said the strike would continue.")).speaker();

        assertEquals("Jane Doe", s.canonicalName());
        assertEquals(null, s.role());
    }
}
