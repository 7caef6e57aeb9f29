package org.positionstracker.extract.doc;

import java.util.List;
import org.positionstracker.extract.TextSpan;

/**
 * One sentence: it never crosses a line break and never splits a quotation.
 *
 * @param index     0-based position in the document
 * @param number    1-based number, as statements report it
 * @param paragraph 0-based paragraph (line) index
 * @param headline  a short line without closing punctuation (title, teaser, link)
 */
public record DocSentence(int index, int number, int paragraph, TextSpan span, List<Word> words, boolean headline) {
    public DocSentence {
        words = List.copyOf(words);
    }

    public Word word(int i) {
        return words.get(i);
    }

    public int size() {
        return words.size();
    }

    /** Index of the word starting at {@code offset}, or of the first one after it; {@link #size()} if none. */
    public int wordAt(int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).span().start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
