package org.positionstracker.cli;

/**
 * Makes text safe to print as (part of) one message line: a file name with a newline cannot
 * forge a second line, and one with an escape sequence or a bidirectional override cannot
 * recolour, clear or reorder the terminal. Each such character is shown as an escape instead:
 * {@code \n}, {@code \r}, {@code \t}, {@code \x1b}, {@code \u202e}.
 */
final class ControlCharacters {
    private ControlCharacters() {
    }

    static String escape(String text) {
        if (text == null || text.codePoints().noneMatch(ControlCharacters::isUnsafe)) return text;
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (!isUnsafe(c)) out.appendCodePoint(c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c == '\t') out.append("\\t");
            else if (c <= 0xFF) out.append(String.format("\\x%02x", c));
            else out.append(String.format("\\u%04x", c));
        });
        return out.toString();
    }

    private static boolean isUnsafe(int c) {
        return Character.isISOControl(c)
                || c == 0x2028 || c == 0x2029 // line and paragraph separators
                || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
