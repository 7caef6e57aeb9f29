package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTokenizerTests {

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (TextSpan t : WordTokenizer.spans(s, 0, s.length())) out.add(s.substring(t.start(), t.end()));
        return out;
    }

    @Test
    void curlyQuotationMarks_areTokensOfTheirOwn() {
        assertEquals(List.of("\u201C", "The", "depot", "is", "shut", ",", "\u201D", "Cole", "said", "."),
                tokens("\u201CThe depot is shut,\u201D Cole said."));
    }

    @Test
    void singleCurlyQuotes_areSplitOffAWordTheModelKeepsWhole() {
        assertEquals(List.of("He", "said", "\u2018", "maybe", "\u2019", "twice", "."), tokens("He said \u2018maybe\u2019 twice."));
    }

    @Test
    void possessivesAndContractions_stayOneWord() {
        assertEquals(List.of("Lyon's", "mayor", "didn\u2019t", "know", "the", "voters", "'", "choice"),
                tokens("Lyon's mayor didn\u2019t know the voters' choice"));
    }

    @Test
    void abbreviationsFromTheLexicon_keepTheirDot() {
        assertEquals(List.of("Sen.", "Ann", "Reed", "and", "Gov.", "J.", "Cole", "met", "at", "5", "p.m.", "in", "the", "U.S.", "capital", "."),
                tokens("Sen. Ann Reed and Gov. J. Cole met at 5 p.m. in the U.S. capital."));
    }

    @Test
    void aFullStopAtTheEndOrBeforeAQuote_isSplitOff() {
        assertEquals(List.of("They", "joined", "NATO", "."), tokens("They joined NATO."));
        assertEquals(List.of("\"", "It", "began", "in", "2008", ".", "\""), tokens("\"It began in 2008.\""));
    }

    @Test
    void hyphenatedWordsAndNumbers_stayWhole() {
        assertEquals(List.of("a", "state-of-the-art", "28-point", "plan", "for", "4,000", "jobs", "at", "AT&T", "and/or", "R-Texas"),
                tokens("a state-of-the-art 28-point plan for 4,000 jobs at AT&T and/or R-Texas"));
    }

    @Test
    void dashes_areSplitFromTheWordsTheyJoin() {
        assertEquals(List.of("It", "was", "over", "\u2014", "then", "it", "\u2013", "began"), tokens("It was over\u2014then it\u2013began"));
    }

    @Test
    void carriageReturnsAndAByteOrderMark_areNeverPartOfAToken() {
        String s = "\uFEFFReed said\r\nthe pier\u200Bwas shut.";

        List<TextSpan> spans = WordTokenizer.spans(s, 0, s.length());

        assertEquals(List.of("Reed", "said", "the", "pier", "was", "shut", "."), tokens(s));
        assertEquals(1, spans.get(0).start());
    }

    @Test
    void offsets_indexTheGivenRange() {
        String s = "xx Reed said. yy";

        List<TextSpan> spans = WordTokenizer.spans(s, 3, 13);

        assertEquals(List.of(new TextSpan(3, 7), new TextSpan(8, 12), new TextSpan(12, 13)), spans);
    }

    @Test
    void tokensCarryTheirNormalisedFormAndKind() {
        List<Token> t = WordTokenizer.tokenize("Kyiv\u2019s \u201C", 0, 8);

        assertEquals("kyiv's", t.get(0).lower());
        assertTrue(t.get(0).word());
        assertTrue(t.get(0).possessive());
        assertFalse(t.get(1).word());
    }

    @Test
    void randomText_everyTokenCoversExactlyItsCharacters() {
        String alphabet = "abcXYZ019 .,;:'\"\u2019\u2018\u201C\u201D-\u2014\u2013&/()?!%$@#\r\n\t\uFEFF\u00A0\u2026_";
        Random random = new Random(20261206L);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) b.append(random.nextInt(4) == 0 ? "Sen. " : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            String s = b.toString();
            int from = s.isEmpty() ? 0 : random.nextInt(s.length());
            int to = from + (s.length() == from ? 0 : random.nextInt(s.length() - from + 1));

            List<TextSpan> spans = WordTokenizer.spans(s, from, to);

            int previousEnd = from;
            StringBuilder visible = new StringBuilder();
            for (TextSpan t : spans) {
                assertTrue(t.start() >= previousEnd && t.end() > t.start() && t.end() <= to, "span " + t + " of \"" + s + "\"");
                for (int k = previousEnd; k < t.start(); k++) assertTrue(invisible(s.charAt(k)), "character " + k + " lost from \"" + s + "\"");
                for (int k = t.start(); k < t.end(); k++) assertFalse(invisible(s.charAt(k)), "space inside token " + t + " of \"" + s + "\"");
                visible.append(s, t.start(), t.end());
                previousEnd = t.end();
            }
            for (int k = previousEnd; k < to; k++) assertTrue(invisible(s.charAt(k)), "character " + k + " lost from \"" + s + "\"");
            StringBuilder expected = new StringBuilder();
            for (int k = from; k < to; k++) if (!invisible(s.charAt(k))) expected.append(s.charAt(k));
            assertEquals(expected.toString(), visible.toString());
        }
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
