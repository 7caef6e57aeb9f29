package org.positionstracker.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.positionstracker.extract.TextSpan;

/**
 * How much predicted contents agree with one gold content. Both sides are first trimmed of the
 * whitespace, quotation marks and punctuation at their ends (annotators differ on whether the
 * marks and the final full stop belong to the content). With the threshold t:
 * <ul>
 *   <li>a prediction <em>belongs</em> to the gold content when at least t of its characters lie
 *       inside it;</li>
 *   <li>the gold content is <em>found</em> when the predictions that belong to it together cover at
 *       least t of its characters. For a single prediction both conditions together say: characters
 *       in both / characters in the longer of the two &gt;= t ({@link #overlap}); a quotation the
 *       extractor splits into sentences is found when its pieces together cover enough of it;</li>
 *   <li>exact: one prediction with the same start and end after trimming.</li>
 * </ul>
 * A gold that marks only a snippet (gold JSON without {@code extent}) cannot judge how long a
 * statement should be: every prediction that touches it belongs to it, and it is found when they
 * cover t of the snippet; exact means a prediction contains all of it. A discontinuous gold content
 * counts only its fragments' characters.
 */
final class SpanOverlap {
    private static final String TRIMMED = "\"“”„‟«»‘’'.,;:!?—–-()[]…";

    private final List<TextSpan> gold;
    private final boolean snippet;
    private final int goldLength;
    private final String text;

    SpanOverlap(GoldStatement g, String text) {
        this.text = text;
        this.snippet = g.snippetOnly();
        List<TextSpan> spans = new ArrayList<>(g.content());
        spans.set(0, trim(spans.get(0), text));
        int last = spans.size() - 1;
        spans.set(last, trim(spans.get(last), text));
        this.gold = spans;
        this.goldLength = spans.stream().mapToInt(TextSpan::length).sum();
    }

    /** Characters in both / characters in the longer of the two (of the snippet, for a snippet). */
    double overlap(TextSpan predicted) {
        TextSpan p = trim(predicted, text);
        int shared = shared(p);
        if (shared == 0) return 0;
        int denominator = snippet ? goldLength : Math.max(goldLength, p.length());
        return denominator == 0 ? 0 : (double) shared / denominator;
    }

    boolean belongs(TextSpan predicted, double threshold) {
        TextSpan p = trim(predicted, text);
        int shared = shared(p);
        if (shared == 0) return false;
        return snippet || shared >= threshold * p.length();
    }

    /** The share of the gold content that the given predictions cover together. */
    double coverage(List<TextSpan> predictions) {
        if (goldLength == 0) return 0;
        List<TextSpan> pieces = new ArrayList<>();
        for (TextSpan p : predictions) pieces.add(trim(p, text));
        pieces.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int covered = 0;
        for (TextSpan g : gold) {
            int reached = g.start();
            for (TextSpan p : pieces) {
                int from = Math.max(reached, p.start());
                int to = Math.min(g.end(), p.end());
                if (to > from) {
                    covered += to - from;
                    reached = to;
                }
            }
        }
        return (double) covered / goldLength;
    }

    private int shared(TextSpan p) {
        int shared = 0;
        for (TextSpan g : gold) shared += Math.max(0, Math.min(g.end(), p.end()) - Math.max(g.start(), p.start()));
        return shared;
    }

    boolean exact(TextSpan predicted) {
        TextSpan p = trim(predicted, text);
        int start = gold.get(0).start();
        int end = gold.get(gold.size() - 1).end();
        if (snippet) return p.start() <= start && end <= p.end();
        return p.start() == start && p.end() == end;
    }

    static TextSpan trim(TextSpan span, String text) {
        int s = span.start();
        int e = Math.min(span.end(), text.length());
        while (s < e && trimmable(text.charAt(s))) s++;
        while (e > s && trimmable(text.charAt(e - 1))) e--;
        return new TextSpan(s, e);
    }

    private static boolean trimmable(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || TRIMMED.indexOf(c) >= 0;
    }
}
