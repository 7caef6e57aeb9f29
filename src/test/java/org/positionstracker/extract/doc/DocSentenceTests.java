package org.positionstracker.extract.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.positionstracker.extract.DocumentBuilder;

class DocSentenceTests {

    private static DocSentence first(String text) {
        return DocumentBuilder.build(text).sentences().get(0);
    }

    private static int index(DocSentence s, String word) {
        for (int i = 0; i < s.size(); i++) if (s.word(i).text().equals(word)) return i;
        throw new AssertionError(word + " is not a word of " + s);
    }

    @Test
    void wordsHaveUniversalDependenciesTags() {
        DocSentence s = first("The mayor said the pier was unsafe.");

        assertTrue(s.tagged());
        assertEquals("DET", s.pos(index(s, "The")));
        assertEquals("NOUN", s.pos(index(s, "mayor")));
        assertEquals("VERB", s.pos(index(s, "said")));
        assertEquals("AUX", s.pos(index(s, "was")));
        assertEquals("PUNCT", s.pos(index(s, ".")));
    }

    @Test
    void aContraction_isVerbalThroughItsJoinedTag() {
        DocSentence s = first("Reed said it's over.");

        int its = index(s, "it's");

        assertTrue(s.pos(its).contains("AUX"), s.pos(its));
        assertTrue(s.verbal(its));
        assertFalse(s.verbal(index(s, "over")));
    }

    @Test
    void lemmas_undoInflection() {
        DocSentence s = first("Officials told reporters the territories were ceded and talks stopped.");

        assertEquals("tell", s.lemma(index(s, "told")));
        assertEquals("official", s.lemma(index(s, "Officials")));
        assertEquals("territory", s.lemma(index(s, "territories")));
        assertEquals("be", s.lemma(index(s, "were")));
        assertEquals("stop", s.lemma(index(s, "stopped")));
        assertEquals(".", s.lemma(index(s, ".")));
    }

    @Test
    void tagsAreComputedOncePerSentence() {
        DocSentence s = first("Cole warned that the plan would fail.");

        String first = s.pos(1);

        assertSame(first, s.pos(1));
        assertSame(s.lemma(1), s.lemma(1));
    }

    @Test
    void aWordOutsideTheSentence_isRejected() {
        DocSentence s = first("Reed spoke.");

        assertThrows(IndexOutOfBoundsException.class, () -> s.pos(s.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> s.lemma(-1));
    }

    @Test
    void randomText_everyWordCoversExactlyItsTextAndHasATag() {
        String[] pieces = {"Sen.", "Reed", "said", "\u201C", "\u201D", "\"", "'s", "U.S.", "well-known", "\u2014", ",", ".", "\r\n", "\uFEFF",
                "it's", "4,000", "--", "(", ")", "?", "Kyiv\u2019s", " ", "  ", "\u2018", "\u2019", "talks", "were", "over"};
        Random random = new Random(7L);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) b.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            String text = b.toString();
            if (text.isBlank()) continue;

            Document doc = DocumentBuilder.build(text);

            for (DocSentence s : doc.sentences()) {
                for (int i = 0; i < s.size(); i++) {
                    Word w = s.word(i);
                    assertEquals(w.text(), w.span().coveredText(text), "word " + i + " of \"" + text + "\"");
                    assertTrue(s.span().contains(w.span()), "word outside its sentence in \"" + text + "\"");
                    assertFalse(s.pos(i).isEmpty());
                    assertFalse(s.lemma(i).isEmpty());
                }
            }
        }
    }
}
