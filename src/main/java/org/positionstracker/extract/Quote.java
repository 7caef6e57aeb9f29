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

    /**
     * The words inside the marks in {@code masked}: without surrounding spaces and a trailing comma
     * (the writer's, "“...,” she said"); null when nothing is left.
     */
    TextSpan content(String masked) {
        int cs = contentStart();
        int ce = contentEnd();
        while (cs < ce && Character.isWhitespace(masked.charAt(cs))) cs++;
        while (ce > cs && (Character.isWhitespace(masked.charAt(ce - 1)) || masked.charAt(ce - 1) == ',')) ce--;
        return ce > cs ? new TextSpan(cs, ce) : null;
    }

    boolean contains(int offset) {
        return offset > open && offset < contentEnd();
    }
}
