package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * Splits a stretch of (masked) article text into words and punctuation, keeping offsets.
 * Words keep inner apostrophes, hyphens and dots ("Kyiv's", "28-point", "U.S."); every other
 * visible character is a token of its own. Linear in the length of the text.
 */
final class WordTokenizer {
    private static final Set<String> ABBREVIATIONS = Lexicons.words("/org/positionstracker/extract/lexicon/abbreviations.txt");

    private WordTokenizer() {
    }

    static List<Token> tokenize(String s, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = s.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                        continue;
                    }
                    if (d == ',' && Character.isDigit(s.charAt(j - 1)) && j + 3 < to + 1 && j + 1 < to
                            && Character.isDigit(s.charAt(j + 1))) {
                        j++;                                          // 4,000
                        continue;
                    }
                    if ((d == '\'' || d == '\u2019' || d == '-' || d == '\u2011' || d == '.' || d == '&' || d == '/')
                            && j + 1 < to && Character.isLetterOrDigit(s.charAt(j + 1))) {
                        j++;
                        continue;
                    }
                    break;
                }
                if (j < to && s.charAt(j) == '.') {
                    String w = s.substring(i, j);
                    if (isAbbreviation(w)) j++;
                }
                add(out, s, i, j, true);
                i = j;
            } else {
                int j = i + 1;
                if (Character.isHighSurrogate(c) && j < to && Character.isLowSurrogate(s.charAt(j))) j++;
                add(out, s, i, j, false);
                i = j;
            }
        }
        return out;
    }

    private static boolean isAbbreviation(String w) {
        if (w.indexOf('.') > 0) return true;                 // U.S -> U.S.
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) return true; // initials: J.
        return ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Token> out, String s, int start, int end, boolean word) {
        String text = s.substring(start, end);
        String lower = text.replace('\u2019', '\'').replace('\u2011', '-').toLowerCase(Locale.ROOT);
        out.add(new Token(start, end, text, lower, word));
    }
}
