package org.positionstracker.extract.doc;

import java.util.Optional;
import org.positionstracker.extract.TextSpan;

/**
 * A top-level quotation of a paragraph.
 *
 * @param marks    from the opening mark to after the closing mark (or the paragraph's end)
 * @param content  the words inside the marks, without surrounding spaces and a trailing comma
 * @param sentence index of the sentence it opens in
 * @param open     index of the opening mark among that sentence's words
 * @param close    index of the closing mark among its words, or the sentence's size when the
 *                 quotation is not closed in it
 */
public record Quotation(TextSpan marks, TextSpan content, int sentence, int open, int close) {
    public Quotation {
        if (!marks.contains(content)) throw new IllegalArgumentException("content outside its marks");
        if (open < 0 || close <= open) throw new IllegalArgumentException("invalid quotation words [" + open + ", " + close + "]");
    }

    /** The words between the marks; empty for a pair of marks with nothing inside. */
    public Optional<TokenSpan> inner() {
        return close > open + 1 ? Optional.of(new TokenSpan(open + 1, close)) : Optional.empty();
    }
}
