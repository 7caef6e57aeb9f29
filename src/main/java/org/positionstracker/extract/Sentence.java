package org.positionstracker.extract;

import java.util.List;

/**
 * One sentence of an article (a sentence never crosses a line break, and a quotation is never
 * split between sentences).
 *
 * @param number     1-based number in the article
 * @param paragraph  0-based paragraph (line) index
 * @param start      offset of the first character
 * @param end        offset after the last character
 * @param tokens     its words and punctuation
 * @param quotes     the top-level quotations that open in this sentence
 * @param headline   true when its paragraph is a short line without closing punctuation (a title,
 *                   teaser or link), whose verbs are not reports
 */
record Sentence(int number, int paragraph, int start, int end, List<Token> tokens, List<Quote> quotes, boolean headline) {

    /** The quotation containing the character at {@code offset}, or null. */
    Quote quoteAround(int offset) {
        for (Quote q : quotes) {
            if (q.contains(offset)) return q;
        }
        return null;
    }
}
