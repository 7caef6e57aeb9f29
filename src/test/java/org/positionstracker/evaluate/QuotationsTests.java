package org.positionstracker.evaluate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotationsTests {
    private static boolean quoted(String text, String content) {
        int at = text.indexOf(content);
        return Quotations.isQuoted(text, at, at + content.length());
    }

    @Test
    void contentWithCurlyMarks_isQuoted() {
        assertTrue(quoted("She said \u201Cwe are done\u201D today.", "\u201Cwe are done\u201D"));
    }

    @Test
    void contentWithTheMarksLeftOutside_isQuoted() {
        assertTrue(quoted("She said: \"we are done\" today.", "we are done"));
    }

    @Test
    void contentInDoubledApostrophes_isQuoted() {
        assertTrue(quoted("''We are done,'' she said.", "''We are done,''"));
        assertTrue(quoted("''We are done,'' she said.", "We are done,"));
    }

    @Test
    void reportedClauseWithAnApostrophe_isNotQuoted() {
        assertFalse(quoted("She said the town's budget was spent.", "the town's budget was spent"));
    }
}
