package org.positionstracker.evaluate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeakerMatchTests {
    @Test
    void surnameInBothNames_agrees() {
        assertTrue(SpeakerMatch.headsAgree("Spokeswoman Ana Lind", "Ana Lind"));
        assertTrue(SpeakerMatch.headsAgree("the Lind campaign", "Ana Lind"));
    }

    @Test
    void sameTitleDifferentPeople_disagree() {
        assertFalse(SpeakerMatch.headsAgree("President Okafor", "President Lind"));
    }

    @Test
    void pronounAlone_hasNoHeadToCompare() {
        assertFalse(SpeakerMatch.headsAgree("He", "he"));
    }
}
