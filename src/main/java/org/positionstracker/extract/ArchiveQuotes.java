package org.positionstracker.extract;

/**
 * Newspaper archives and plain-text feeds write a double quotation mark as two apostrophes
 * (''Yes,'' she said) or open it with two backquotes (``Yes''). In the masked copy such a pair
 * becomes one straight double mark next to the quoted words and one space, so every rule sees an
 * ordinary quotation; offsets do not move and the article text is untouched.
 */
final class ArchiveQuotes {
    private ArchiveQuotes() {
    }

    static String normalise(String masked) {
        if (masked.indexOf("''") < 0 && masked.indexOf("``") < 0) return masked;
        char[] c = masked.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            char a = c[i];
            if ((a != '\'' && a != '`') || c[i + 1] != a) continue;
            if (i + 2 < c.length && c[i + 2] == a) {          // a longer run is not a quotation mark
                while (i + 1 < c.length && c[i + 1] == a) i++;
                continue;
            }
            boolean spaceBefore = i == 0 || Character.isWhitespace(c[i - 1]) || c[i - 1] == '(' || c[i - 1] == '[';
            boolean spaceAfter = i + 2 >= c.length || Character.isWhitespace(c[i + 2]);
            if (spaceBefore && !spaceAfter) {                   // opening: ''We -> ' "We'
                c[i] = ' ';
                c[i + 1] = '"';
            } else if (a == '\'' && !spaceBefore) {             // closing: said,'' -> 'said," '
                c[i] = '"';
                c[i + 1] = ' ';
            }
            i++;
        }
        return new String(c);
    }
}
