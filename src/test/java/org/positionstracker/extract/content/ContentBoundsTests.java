package org.positionstracker.extract.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.positionstracker.extract.DocumentBuilder;
import org.positionstracker.extract.doc.DocSentence;

class ContentBoundsTests {
    /** The content after the first occurrence of {@code cue} in a one-sentence text, or null. */
    private static String contentAfter(String text, String cue) {
        DocSentence s = DocumentBuilder.build(text).sentences().get(0);
        int at = s.wordAt(text.indexOf(cue)) + cue.split(" ").length;
        int from = ContentBounds.start(s, at, cue.toLowerCase());
        if (from < 0) return null;
        int to = ContentBounds.end(s, from, new boolean[s.size()]);
        return text.substring(s.word(from).span().start(), s.word(to - 1).span().end());
    }

    @Test
    void reportedClause_endsWhereTheClauseEnds() {
        assertEquals("the pier was unsafe", contentAfter("Reed said the pier was unsafe; the harbour stayed open.", "said"));
        assertEquals("the pier was unsafe", contentAfter("Reed said the pier was unsafe, according to two aides.", "said"));
        assertEquals("the pier was unsafe", contentAfter("Reed said the pier was unsafe, adding that repairs would take a year.", "said"));
    }

    @Test
    void thatAndColon_areNotContent() {
        assertEquals("the pier was unsafe", contentAfter("Reed said that the pier was unsafe.", "said"));
        assertEquals("the pier was unsafe", contentAfter("Reed said: the pier was unsafe.", "said"));
    }

    @Test
    void circumstance_isNeverContent() {
        assertEquals(null, contentAfter("Reed spoke to the press and said during a visit to Lyon.", "said"));
        assertEquals(null, contentAfter("The mayor said following the adoption of the budget.", "said"));
        assertEquals("the tram would run", contentAfter("Reed said during a visit to Lyon that the tram would run.", "said"));
    }

    @Test
    void listener_isSkipped() {
        assertEquals("the pier was unsafe", contentAfter("Reed told reporters the pier was unsafe.", "told"));
        assertEquals("the pier was unsafe", contentAfter("Reed told Anna Berg that the pier was unsafe.", "told"));
    }

    @Test
    void subordinateClause_endsAtItsComma() {
        DocSentence s = DocumentBuilder.build("Although Reed said the pier was unsafe, the harbour stayed open.").sentences().get(0);
        int from = 3;
        int to = ContentBounds.endAtComma(s, from, new boolean[s.size()]);
        assertEquals("the pier was unsafe", "Although Reed said the pier was unsafe, the harbour stayed open."
                .substring(s.word(from).span().start(), s.word(to - 1).span().end()));
    }
}
