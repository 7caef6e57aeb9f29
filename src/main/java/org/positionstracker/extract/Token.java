package org.positionstracker.extract;

/**
 * A word or punctuation mark of a sentence, with its position in the article.
 *
 * @param start  index of the first character in the article text
 * @param end    index after the last character
 * @param text   the characters as written
 * @param lower  normalised form: lower case, straight apostrophes
 * @param word   true for words and numbers, false for punctuation and quote marks
 */
record Token(int start, int end, String text, String lower, boolean word) {

    /** True when the word starts with an upper-case letter. */
    boolean capitalised() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    /** The normalised form without a possessive ending ("russia's" -> "russia"). */
    String bare() {
        if (lower.endsWith("'s") && lower.length() > 2) return lower.substring(0, lower.length() - 2);
        return lower;
    }

    /** The written form without a possessive ending. */
    String bareText() {
        if (lower.endsWith("'s") && text.length() > 2) return text.substring(0, text.length() - 2);
        return text;
    }

    boolean possessive() {
        return lower.endsWith("'s") && lower.length() > 2;
    }

    boolean is(String normalised) {
        return lower.equals(normalised);
    }

    boolean isPunct(char c) {
        return !word && text.length() == 1 && text.charAt(0) == c;
    }

    TextSpan span() {
        return new TextSpan(start, end);
    }
}
