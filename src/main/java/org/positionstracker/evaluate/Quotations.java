package org.positionstracker.evaluate;

/** Whether an annotated content is, or contains, a quotation. */
final class Quotations {
    private static final String DOUBLE_MARKS = "\"“”„‟«»";
    private static final String OPENING_MARKS = "\"“„«‘";

    /**
     * True when the span contains a double quotation mark, begins with an opening single one, or
     * is enclosed by an opening mark just before it (annotators often leave the marks outside).
     * A lone straight or curly apostrophe inside the span is not a quotation.
     */
    static boolean isQuoted(String text, int start, int end) {
        for (int i = start; i < end; i++)
            if (DOUBLE_MARKS.indexOf(text.charAt(i)) >= 0) return true;
        if (start < end && text.charAt(start) == '‘') return true;
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) before--;
        return before >= 0 && OPENING_MARKS.indexOf(text.charAt(before)) >= 0;
    }

    private Quotations() {
    }
}
