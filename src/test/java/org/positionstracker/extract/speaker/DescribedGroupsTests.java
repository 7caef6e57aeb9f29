package org.positionstracker.extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.attribution.ResolvedSpeaker;

class DescribedGroupsTests {
    private static Optional<ResolvedSpeaker> group(String text, String phrase) {
        PhraseFixture.Found f = PhraseFixture.find(text, phrase);
        return DescribedGroups.resolve(f.sentence(), f.phrase());
    }

    @Test
    void pluralPeopleWithQuantifier_isGroupNamedWithoutIt() {
        String text = "Some advocates for cheaper ferries said the fares were too high.";
        ResolvedSpeaker r = group(text, "Some advocates for cheaper ferries").orElseThrow();

        assertEquals("advocates for cheaper ferries", r.ref().canonicalName());
        assertEquals(ActorKind.GROUP, r.ref().kind());
        assertEquals("Some advocates for cheaper ferries", r.mention().coveredText(text));
    }

    @Test
    void nameBeforePluralHead_staysInTheGroupName() {
        assertEquals("Lind fans", group("Lind fans insist the race is close.", "Lind fans").orElseThrow().ref().canonicalName());
        assertEquals("harbour board figures",
                group("All harbour board figures suggested a delay.", "All harbour board figures").orElseThrow().ref().canonicalName());
    }

    @Test
    void headOpeningTheSentence_isLowerCased_partyNameIsNot() {
        assertEquals("supporters of the toll", group("Supporters of the toll said it paid for the bridge.", "Supporters of the toll")
                .orElseThrow().ref().canonicalName());
        assertEquals("Democrats", group("Democrats said the toll was unfair.", "Democrats").orElseThrow().ref().canonicalName());
    }

    @Test
    void aNumberOfPeople_isTheGroupOfThem() {
        assertEquals("harbour workers", group("A number of harbour workers said the quay was unsafe.", "A number of harbour workers")
                .orElseThrow().ref().canonicalName());
    }

    @Test
    void indefiniteSingularPerson_isAnUnnamedSourceGroup() {
        assertEquals("person familiar with the talks",
                group("A person familiar with the talks said a deal was near.", "A person familiar with the talks").orElseThrow().ref().canonicalName());
    }

    @Test
    void definiteSingularOrThingOrPossessivePronoun_isNoGroup() {
        assertTrue(group("The person said a deal was near.", "The person").isEmpty());
        assertTrue(group("The bridge tolls said little.", "The bridge tolls").isEmpty());
        assertTrue(group("His advisers said a deal was near.", "His advisers").isEmpty());
    }
}
