package org.positionstracker.evaluate;

/** Whether an annotated content is, or contains, a quotation. */
final class Quotations {
    private static final String DOUBLE_MARKS = "\"“”„‟«»";
    private static final String OPENING_MARKS = "\"“„«‘";

    /**
     * True when the span contains a double quotation mark (also two apostrophes or backticks, as
     * some newspaper archives write them: {@code ''like this,''}), begins with an opening single
     * one, or is enclosed by an opening mark just before it (annotators often leave the marks
     * outside). A lone straight or curly apostrophe inside the span is not a quotation.
     */
    static boolean isQuoted(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (DOUBLE_MARKS.indexOf(c) >= 0) return true;
            if ((c == '\'' || c == '`') && i + 1 < end && text.charAt(i + 1) == c) return true;
        }
        if (start < end && text.charAt(start) == '‘') return true;
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) before--;
        if (before < 0) return false;
        char c = text.charAt(before);
        return OPENING_MARKS.indexOf(c) >= 0 || (c == '\'' || c == '`') && before > 0 && text.charAt(before - 1) == c;
    }

    private Quotations() {
    }
}
