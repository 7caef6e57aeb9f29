package org.positionstracker.extract.label;

import java.util.ArrayList;
import java.util.List;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.WordTokenizer;

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

    /** Words and punctuation of text [from, to), as the extractor's one tokenizer ({@link WordTokenizer}) splits them. */
    static List<Word> tokenize(String s, int from, int to) {
        List<TextSpan> spans = WordTokenizer.spans(s, from, to);
        List<Word> out = new ArrayList<>(spans.size());
        for (TextSpan sp : spans) {
            String text = s.substring(sp.start(), sp.end());
            String lower = WordTokenizer.normalise(text);
            boolean word = WordTokenizer.isWord(text);
            out.add(new Word(sp.start(), sp.end(), text, lower, word ? Lemmas.of(lower) : lower, word));
        }
        return out;
    }
}
