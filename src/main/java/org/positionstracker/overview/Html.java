package org.positionstracker.overview;

/**
 * Escaping for HTML that is also well-formed XML, so a browser and an XML parser read the same
 * characters: {@code & < >} as entities everywhere, {@code "} in attributes, and carriage returns
 * as {@code &#13;} because an HTML parser would otherwise turn CR LF into LF.
 */
final class Html {
    private Html() {
    }

    static String text(CharSequence s) {
        return escape(s, 0, s.length(), false);
    }

    static String text(CharSequence s, int from, int to) {
        return escape(s, from, to, false);
    }

    static String attr(Object value) {
        String s = String.valueOf(value);
        return escape(s, 0, s.length(), true);
    }

    private static String escape(CharSequence s, int from, int to, boolean attribute) {
        StringBuilder out = new StringBuilder(to - from + 16);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
