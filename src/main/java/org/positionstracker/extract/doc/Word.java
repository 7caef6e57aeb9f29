package org.positionstracker.extract.doc;

import org.positionstracker.extract.TextSpan;

/**
 * A word or punctuation mark of a sentence.
 *
 * @param span  where it stands in the article text
 * @param text  the characters as written
 * @param lower lower case with straight apostrophes
 * @param word  true for words and numbers, false for punctuation and quotation marks
 */
public record Word(TextSpan span, String text, String lower, boolean word) {
    public boolean capitalised() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String normalised) {
        return lower.equals(normalised);
    }

    public boolean isPunct(char c) {
        return !word && text.length() == 1 && text.charAt(0) == c;
    }

    /** A quotation mark of any kind (straight, curly, guillemet). */
    public boolean quoteMark() {
        return !word && text.length() == 1 && "\"\u201C\u201D\u201E\u00AB\u00BB'\u2018\u2019".indexOf(text.charAt(0)) >= 0;
    }
}
