package org.positionstracker.extract.speaker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.SpeakerRef;

class GenderTests {
    @Test
    void givenNameOfTheOtherGender_contradicts() {
        assertTrue(Gender.contradicts("", List.of(), 0, PhraseFixture.person("Susan Berg"), "he"));
        assertTrue(Gender.contradicts("", List.of(), 0, PhraseFixture.person("Thomas Berg"), "she"));
        assertFalse(Gender.contradicts("", List.of(), 0, PhraseFixture.person("Susan Berg"), "she"));
    }

    @Test
    void unlistedOrBareName_doesNotContradict() {
        assertFalse(Gender.contradicts("", List.of(), 0, PhraseFixture.person("Robin Berg"), "he"));
        assertFalse(Gender.contradicts("", List.of(), 0, PhraseFixture.person("Susan"), "he"));
    }

    @Test
    void courtesyTitleOfTheOtherGender_contradicts() {
        SpeakerRef berg = new SpeakerRef("Berg", ActorKind.PERSON, null, "Mrs.", false);
        assertTrue(Gender.contradicts("", List.of(), 0, berg, "he"));
    }

    @Test
    void earlierStatementThroughTheOtherPronoun_contradicts() {
        String text = "Robin Berg spoke. She said the toll was fair.";
        ExtractedStatement st = PhraseFixture.said(text, "the toll was fair", PhraseFixture.person("Robin Berg"), "She");

        assertTrue(Gender.contradicts(text, List.of(st), 1, PhraseFixture.person("Robin Berg"), "he"));
        assertFalse(Gender.contradicts(text, List.of(st), 0, PhraseFixture.person("Robin Berg"), "he"));
    }
}
