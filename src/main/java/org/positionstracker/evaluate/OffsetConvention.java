package org.positionstracker.evaluate;

/**
 * How an annotation tool counted offsets. Java (and so the extractor) counts UTF-16 code units;
 * brat, being Python, counts code points, and reads a Windows line end "\r\n" as one character.
 * The conventions differ only on texts with characters outside the Basic Multilingual Plane
 * (emoji) or with "\r", so those are the only texts where the choice is made.
 */
enum OffsetConvention {
    UTF16("UTF-16 code units"),
    CODE_POINTS("code points"),
    CODE_POINTS_ONE_CHAR_LINE_ENDS("code points, with \\r\\n as one character");

    private final String description;

    OffsetConvention(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    static boolean ambiguous(String text) {
        if (text.indexOf('\r') >= 0) return true;
        for (int i = 0; i < text.length(); i++)
            if (Character.isSurrogate(text.charAt(i))) return true;
        return false;
    }

    /**
     * For each offset in this convention, the Java string index it stands for; one entry more
     * than the text has characters in this convention, for the end offset.
     */
    int[] toJavaIndexes(String text) {
        int[] map = new int[text.length() + 1];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            map[n++] = i;
            if (this == UTF16) {
                i++;
                continue;
            }
            if (this == CODE_POINTS_ONE_CHAR_LINE_ENDS && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += 2;
                continue;
            }
            i += Character.charCount(text.codePointAt(i));
        }
        map[n] = text.length();
        int[] out = new int[n + 1];
        System.arraycopy(map, 0, out, 0, n + 1);
        return out;
    }
}
