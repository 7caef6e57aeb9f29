package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * The one tokenizer of the extractor: splits a stretch of (masked) article text into words and
 * punctuation, each with its exact offsets in that text. Sentences, the document model, the
 * labeler and the speaker phrases all tokenize with it.
 *
 * <p>The OpenNLP English tokenizer model ({@link NlpModels#tokenizer()}) decides where a run of
 * non-space characters splits, as OpenNLP's {@code TokenizerME} does (one decision per position,
 * each from the whole run). The rules fix the positions they depend on before the model is asked;
 * this is the one place that overrides the model, in this order:
 * <ol>
 *   <li>never between two letters or digits: the model would split "cannot", "OLYMPIC" and
 *       "Airbnb"; those positions are not asked (which is also what keeps the model cheap);</li>
 *   <li>never at an inner connector between letters or digits: "Kyiv's", "didn't", "28-point",
 *       "R-Texas", "state-of-the-art", "U.S", "AT&amp;T", "and/or" stay one word (the model splits
 *       some hyphenated words and not others); nor in a number's thousands comma ("4,000");</li>
 *   <li>always around a quotation mark (straight, curly, guillemet, and an apostrophe that is not
 *       between letters), a bracket, a comma, semicolon, "!", "?", "…", and an em or en dash: the
 *       quote and clause rules read those as tokens of their own (the model keeps "‘maybe’" and
 *       "it—tell" whole);</li>
 *   <li>a word's final dot stays with it when the word is an abbreviation (a lexicon entry such
 *       as "Sen", a single capital as in "J.", or a word with an inner dot as "U.S"), and is split
 *       off when it ends the stretch or stands before a quotation mark (the model keeps "ISIS." and
 *       "2008.”"); elsewhere the model tells an abbreviation ("Nov. 19") from a full stop.</li>
 * </ol>
 * Everything else is the model's: "--", "...", "11:00", "48%", "@handle". Spaces, control
 * characters and invisible format characters (a byte-order mark, a zero-width space) are never
 * part of a token. Without the model every open position splits. Linear in the length of the text.
 */
public final class WordTokenizer {
    private static final Set<String> ABBREVIATIONS = Lexicons.words("/org/positionstracker/extract/lexicon/abbreviations.txt");
    private static final String QUOTES = "\"\u201C\u201D\u201E\u201F\u00AB\u00BB'\u2018\u2019\u201B`";
    private static final String ALWAYS_ALONE = ",;!?()[]{}\u2026\u2014\u2013\u2022";

    private WordTokenizer() {
    }

    /** Spans of the tokens of {@code s[from, to)}, in text order; each covers exactly its token's characters. */
    public static List<TextSpan> spans(String s, int from, int to) {
        if (from < 0 || to > s.length() || from > to) throw new IllegalArgumentException("invalid range [" + from + ", " + to + ") of a text of " + s.length());
        List<TextSpan> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        MaxentModel model = NlpModels.tokenizerModel();
        TokenContextGenerator contexts = NlpModels.tokenContexts();
        int i = from;
        while (i < to) {
            if (separator(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && !separator(s.charAt(j))) j++;
            String run = null;
            int start = i;
            for (int k = i + 1; k < j; k++) {
                int fixed = fixed(s, i, j, to, start, k);
                boolean split;
                if (fixed != OPEN) split = fixed == SPLIT;
                else if (model == null) split = true;
                else {
                    if (run == null) run = s.substring(i, j);
                    split = model.getBestOutcome(model.eval(contexts.getContext(run, k - i))).equals(TokenizerME.SPLIT);
                }
                if (split) {
                    out.add(new TextSpan(start, k));
                    start = k;
                }
            }
            out.add(new TextSpan(start, j));
            i = j;
        }
        return out;
    }

    /** The tokens of {@code s[from, to)} with their normalised forms. */
    static List<Token> tokenize(String s, int from, int to) {
        List<TextSpan> spans = spans(s, from, to);
        List<Token> out = new ArrayList<>(spans.size());
        for (TextSpan sp : spans) {
            String text = s.substring(sp.start(), sp.end());
            out.add(new Token(sp.start(), sp.end(), text, normalise(text), isWord(text)));
        }
        return out;
    }

    /** Lower case, straight apostrophes, plain hyphens: the form word lists are written in. */
    public static String normalise(String token) {
        return token.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2011', '-').toLowerCase(Locale.ROOT);
    }

    /** A word or number (it has a letter or digit), as against punctuation and quotation marks. */
    public static boolean isWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) return true;
        }
        return false;
    }

    private static final int KEEP = 0;
    private static final int SPLIT = 1;
    private static final int OPEN = 2;

    /**
     * What the rules say about a boundary between {@code s[k-1]} and {@code s[k]} inside the run
     * {@code [runStart, runEnd)} of non-space characters, whose current token starts at
     * {@code tokenStart}: {@link #KEEP}, {@link #SPLIT}, or {@link #OPEN} for the model.
     */
    private static int fixed(String s, int runStart, int runEnd, int to, int tokenStart, int k) {
        char a = s.charAt(k - 1);
        char b = s.charAt(k);
        if (Character.isHighSurrogate(a) && Character.isLowSurrogate(b)) return KEEP;
        boolean an = Character.isLetterOrDigit(a);
        boolean bn = Character.isLetterOrDigit(b);
        if (an && bn) return KEEP;
        if (connector(a) && bn && k - 2 >= runStart && Character.isLetterOrDigit(s.charAt(k - 2))) return KEEP;
        if (connector(b) && an && k + 1 < runEnd && Character.isLetterOrDigit(s.charAt(k + 1))) return KEEP;
        if (b == ',' && Character.isDigit(a) && k + 1 < runEnd && Character.isDigit(s.charAt(k + 1))) return KEEP;
        if (a == ',' && Character.isDigit(b) && k - 2 >= runStart && Character.isDigit(s.charAt(k - 2))) return KEEP;
        if (QUOTES.indexOf(a) >= 0 || QUOTES.indexOf(b) >= 0 || ALWAYS_ALONE.indexOf(a) >= 0 || ALWAYS_ALONE.indexOf(b) >= 0) return SPLIT;
        if (b == '.' && an) {
            if (abbreviation(s, tokenStart, k)) return KEEP;
            if (k + 1 == to || k + 1 < runEnd && QUOTES.indexOf(s.charAt(k + 1)) >= 0) return SPLIT;
        }
        return OPEN;
    }

    private static boolean connector(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2011' || c == '.' || c == '&' || c == '/';
    }

    /** Never part of a token: spaces, control characters, and invisible format characters (BOM, zero-width space). */
    private static boolean separator(char c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT && c != '\u00AD';
    }

    private static boolean abbreviation(String s, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (s.charAt(i) == '.') return true;                                   // U.S -> U.S.
        }
        if (end - start == 1 && Character.isUpperCase(s.charAt(start))) return true; // initials: J.
        if (end - start > 6) return false;
        return ABBREVIATIONS.contains(s.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
