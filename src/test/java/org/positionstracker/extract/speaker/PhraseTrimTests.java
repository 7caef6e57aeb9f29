package org.positionstracker.extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.positionstracker.extract.doc.TokenSpan;

class PhraseTrimTests {
    private static String trimmed(String text, String phrase) {
        PhraseFixture.Found f = PhraseFixture.find(text, phrase);
        TokenSpan t = PhraseTrim.trim(f.sentence(), f.phrase());
        return Phrases.text(f.sentence(), t.from(), t.to());
    }

    @Test
    void trailingAdverb_isDropped() {
        assertEquals("She", trimmed("She also said the ferry would run again.", "She also"));
        assertEquals("Marta Lind", trimmed("Marta Lind further argued that the levy was unfair.", "Marta Lind further"));
    }

    @Test
    void reflexiveAfterName_isDropped() {
        assertEquals("Marta Lind", trimmed("Marta Lind herself said the levy was unfair.", "Marta Lind herself"));
    }

    @Test
    void leadingFocusWord_isDropped() {
        assertEquals("some harbour pilots", trimmed("Even some harbour pilots said the channel was too shallow.", "Even some harbour pilots"));
    }

    @Test
    void circumstanceWithPossessiveAfterName_isDropped() {
        assertEquals("Lind", trimmed("Lind in her budget speech said the levy would go.", "Lind in her budget speech"));
    }

    @Test
    void adverbInLyAfterName_andAtTheTime_areDropped() {
        assertEquals("Marta Lind", trimmed("Marta Lind repeatedly said the levy was unfair.", "Marta Lind repeatedly"));
        assertEquals("Lind", trimmed("Lind at the time said the levy was unfair.", "Lind at the time"));
    }

    @Test
    void nounInLy_isKept() {
        assertEquals("the Lind family", trimmed("Then the Lind family said the levy was unfair.", "the Lind family"));
    }

    @Test
    void phraseWithoutEdgeWords_isKept() {
        assertEquals("officials in Lyon", trimmed("Officials said and officials in Lyon said the port was shut.", "officials in Lyon"));
    }

    @Test
    void aloneAdverb_isKept() {
        assertEquals("Later", trimmed("Later said nothing.", "Later"));
    }
}
