package org.positionstracker.extract.doc;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import opennlp.tools.postag.POSTaggerME;
import org.positionstracker.extract.NlpModels;
import org.positionstracker.extract.TextSpan;

/**
 * One sentence: it never crosses a line break and never splits a quotation. Its words' parts of
 * speech are tagged once, for the whole sentence, when a rule first asks for one ({@link #pos});
 * lemmas likewise, word by word ({@link #lemma}). Tagging every sentence would cost more than
 * the rest of the extraction, and most sentences never need it.
 */
public final class DocSentence {
    /** Tag of every word when there is no tagger model. */
    public static final String UNTAGGED = "X";

    private final int index;
    private final int number;
    private final int paragraph;
    private final TextSpan span;
    private final List<Word> words;
    private final boolean headline;
    private volatile String[] tags;
    private volatile String[] lemmas;

    /**
     * @param index     0-based position in the document
     * @param number    1-based number, as statements report it
     * @param paragraph 0-based paragraph (line) index
     * @param headline  a short line without closing punctuation (title, teaser, link)
     */
    public DocSentence(int index, int number, int paragraph, TextSpan span, List<Word> words, boolean headline) {
        this.index = index;
        this.number = number;
        this.paragraph = paragraph;
        this.span = Objects.requireNonNull(span, "span");
        this.words = List.copyOf(words);
        this.headline = headline;
    }

    public int index() {
        return index;
    }

    public int number() {
        return number;
    }

    public int paragraph() {
        return paragraph;
    }

    public TextSpan span() {
        return span;
    }

    public List<Word> words() {
        return words;
    }

    public boolean headline() {
        return headline;
    }

    public Word word(int i) {
        return words.get(i);
    }

    public int size() {
        return words.size();
    }

    /** Index of the word starting at {@code offset}, or of the first one after it; {@link #size()} if none. */
    public int wordAt(int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).span().start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** True when the parts of speech come from the tagger model (without it every word is {@link #UNTAGGED}). */
    public boolean tagged() {
        return NlpModels.posTagger() != null;
    }

    /**
     * The Universal Dependencies tag of word {@code i}: "NOUN", "PROPN", "VERB", "AUX", "PUNCT"...;
     * a contraction the tokenizer keeps whole has a joined tag ("it's" PRON+AUX, "Kyiv's" PROPN+PART).
     */
    public String pos(int i) {
        Objects.checkIndex(i, words.size());
        String[] t = tags;
        if (t == null) tags = t = tag();
        return t[i];
    }

    /** True when word {@code i} is a verb or auxiliary, alone or in a contraction ("it's", "didn't"). */
    public boolean verbal(int i) {
        String p = pos(i);
        if (p.equals("VERB") || p.equals("AUX")) return true;
        if (p.indexOf('+') < 0) return false;
        for (String part : p.split("\\+", -1)) {
            if (part.equals("VERB") || part.equals("AUX")) return true;
        }
        return false;
    }

    /** The lemma of word {@code i}, lower case ("said" -> "say"); punctuation is its own lemma. */
    public String lemma(int i) {
        Objects.checkIndex(i, words.size());
        String[] l = lemmas;
        if (l == null) lemmas = l = new String[words.size()];
        String lemma = l[i];
        if (lemma == null) {
            Word w = words.get(i);
            lemma = w.word() ? Lemmas.of(w.lower(), pos(i)) : w.lower();
            l[i] = lemma;
        }
        return lemma;
    }

    private String[] tag() {
        String[] out = new String[words.size()];
        POSTaggerME tagger = NlpModels.posTagger();
        if (tagger == null || out.length == 0) {
            Arrays.fill(out, UNTAGGED);
            return out;
        }
        String[] text = new String[out.length];
        for (int i = 0; i < text.length; i++) text[i] = words.get(i).text();
        String[] t = tagger.tag(text);
        for (int i = 0; i < out.length; i++) out[i] = i < t.length && t[i] != null ? t[i] : UNTAGGED;
        return out;
    }

    @Override
    public String toString() {
        return "DocSentence[" + index + " " + span + ", " + words.size() + " words]";
    }
}
