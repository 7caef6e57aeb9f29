package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds page furniture ("Quick Reads", "View All", "Advertisement", lone ")" lines) and masks it.
 * The article is never changed: {@link #mask} returns a copy of the same length in which noise,
 * control characters and a byte-order mark are blanked, so every offset found in the copy is an
 * offset into the original. Every line break is a paragraph boundary; carriage returns and
 * Unicode line separators count as line breaks.
 */
final class PageNoise {
    private static final List<String> PHRASES = Lexicon.lines("page-noise.txt").stream().map(String::strip).toList();
    private static final Set<String> LINES = Lexicon.wordSet("page-noise.txt");

    private PageNoise() {
    }

    /** A copy of {@code text} with noise and control characters replaced by spaces or line breaks. */
    static String mask(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch == '\r' || ch == '\u2028' || ch == '\u2029' || ch == '\u0085' || ch == '\u000B' || ch == '\u000C') c[i] = '\n';
            else if (ch == '\n' || ch == '\t') continue;
            else if (ch == '\uFEFF' || Character.isISOControl(ch) || ch == '\u00A0' || ch == '\u200B'
                    || Character.getType(ch) == Character.SURROGATE && !validSurrogate(c, i)) c[i] = ' ';
        }
        int lineStart = 0;
        for (int i = 0; i <= c.length; i++) {
            if (i == c.length || c[i] == '\n') {
                maskLine(c, lineStart, i);
                lineStart = i + 1;
            }
        }
        return new String(c);
    }

    private static boolean validSurrogate(char[] c, int i) {
        if (Character.isHighSurrogate(c[i])) return i + 1 < c.length && Character.isLowSurrogate(c[i + 1]);
        return i > 0 && Character.isHighSurrogate(c[i - 1]);
    }

    private static void maskLine(char[] c, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(c[s])) s++;
        while (e > s && Character.isWhitespace(c[e - 1])) e--;
        if (s >= e) return;
        boolean hasAlnum = false;
        for (int i = s; i < e && !hasAlnum; i++) hasAlnum = Character.isLetterOrDigit(c[i]);
        if (!hasAlnum || (e - s <= 40 && LINES.contains(Lexicon.norm(new String(c, s, e - s))))) {
            blank(c, s, e);
            return;
        }
        int dateline = dateline(c, s, e);
        if (dateline > s) {
            blank(c, s, dateline);
            s = dateline;
        }
        for (String p : PHRASES) {
            int n = p.length();
            if (s + n >= e || !regionEquals(c, s, p)) continue;
            char next = c[s + n];
            if (next == ':' || next == '|') {
                blank(c, s, e);                       // "Read more: ..." - the whole line is a teaser
                return;
            }
            if (n >= 4 && Character.isUpperCase(next) && Character.isLetter(c[s + n - 1])) {
                blank(c, s, s + n);                   // "View AllTensions ..." - glued furniture
                return;
            }
        }
    }

    /**
     * The end of a wire dateline at the start of a line ("ISTANBUL, March 12 (Reuters) - ",
     * "CAIRO (AP) — ", "MILLBROOK - "): a place in capitals, optionally a date and an agency in
     * brackets, then a dash. Returns {@code s} when there is none. A plain scan, no regex.
     */
    static int dateline(char[] c, int s, int e) {
        int i = s;
        int caps = 0;
        while (i < e && (Character.isUpperCase(c[i]) || c[i] == ' ' || c[i] == '.' || c[i] == '\'' || c[i] == '-' && i + 1 < e && Character.isUpperCase(c[i + 1]))) {
            if (Character.isUpperCase(c[i])) caps++;
            i++;
        }
        if (caps < 3 || i >= e) return s;
        int limit = Math.min(e, i + 40);
        int j = i;
        while (j < limit && c[j] != '-' && c[j] != '\u2014' && c[j] != '\u2013' && c[j] != '\n') {
            if (c[j] == '.' && j + 1 < limit && c[j + 1] == ' ' && j > 0 && Character.isLowerCase(c[j - 1]) && j - i > 12) return s;
            j++;
        }
        if (j >= limit || c[j] == '\n') return s;
        if (j > i && c[j - 1] != ' ' && c[j] == '-') return s;                 // a hyphenated word, not a dash
        int k = j;
        while (k < e && (c[k] == '-' || c[k] == '\u2014' || c[k] == '\u2013')) k++;
        if (k >= e || c[k] != ' ') return s;
        while (k < e && c[k] == ' ') k++;
        return k;
    }

    private static boolean regionEquals(char[] c, int at, String p) {
        for (int k = 0; k < p.length(); k++) {
            if (c[at + k] != p.charAt(k)) return false;
        }
        return true;
    }

    private static void blank(char[] c, int from, int to) {
        for (int i = from; i < to; i++) c[i] = ' ';
    }

    /** The non-blank lines of a masked text as [start, end) pairs, trimmed. */
    static List<int[]> paragraphs(String masked) {
        List<int[]> out = new ArrayList<>();
        int lineStart = 0;
        int n = masked.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || masked.charAt(i) == '\n') {
                int s = lineStart;
                int e = i;
                while (s < e && Character.isWhitespace(masked.charAt(s))) s++;
                while (e > s && Character.isWhitespace(masked.charAt(e - 1))) e--;
                if (e > s) out.add(new int[] {s, e});
                lineStart = i + 1;
            }
        }
        return out;
    }
}
