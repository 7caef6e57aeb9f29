package org.positionstracker.extract;

/**
 * A top-level pair of quotation marks in a paragraph.
 *
 * @param open    index of the opening mark
 * @param close   index of the closing mark, or -1 when the quote runs to the paragraph's end
 * @param end     index after the closing mark (or the paragraph's end)
 */
record Quote(int open, int close, int end) {
    int contentStart() {
        return open + 1;
    }

    int contentEnd() {
        return close < 0 ? end : close;
    }

    boolean contains(int offset) {
        return offset > open && offset < contentEnd();
    }
}
