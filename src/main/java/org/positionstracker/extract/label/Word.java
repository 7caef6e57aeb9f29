package org.positionstracker.extract.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or punctuation mark with its offsets in the article, its normalised form and its lemma.
 *
 * @param lower normalised form: lower case, straight apostrophes and hyphens
 * @param lemma {@link Lemmas#of} the normalised form; punctuation is its own lemma
 */
record Word(int start, int end, String text, String lower, String lemma, boolean word) {

    boolean is(String normalised) {
        return lower.equals(normalised);
    }

    boolean isAny(java.util.Set<String> normalised) {
        return normalised.contains(lower);
    }

    boolean capitalised() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    boolean possessive() {
        return word && lower.length() > 2 && lower.endsWith("'s");
    }

    /** Sentence and clause punctuation that ends a scope. */
    boolean clauseBreak() {
        return !word && (text.equals(".") || text.equals(";") || text.equals("?") || text.equals("!") || text.equals(":"));
    }

    /**
     * Words and punctuation of text [from, to). Words keep inner apostrophes, hyphens and dots
     * ("Kyiv's", "28-point", "U.S."); every other visible character is a token of its own.
     */
    static List<Word> tokenize(String s, int from, int to) {
        List<Word> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            boolean word = Character.isLetterOrDigit(c);
            if (word) {
                while (j < to) {
                    char d = s.charAt(j);
                    if (Character.isLetterOrDigit(d)) j++;
                    else if ((d == '\'' || d == '\u2019' || d == '-' || d == '\u2011' || d == '.' || d == '&')
                            && j + 1 < to && Character.isLetterOrDigit(s.charAt(j + 1))) j++;
                    else break;
                }
            } else if (Character.isHighSurrogate(c) && j < to && Character.isLowSurrogate(s.charAt(j))) {
                j++;
            }
            String text = s.substring(i, j);
            String lower = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2011', '-').toLowerCase(Locale.ROOT);
            out.add(new Word(i, j, text, lower, word ? Lemmas.of(lower) : lower, word));
            i = j;
        }
        return out;
    }
}
