package org.positionstracker.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.positionstracker.extract.TextSpan;

/**
 * How much a predicted content agrees with a gold content. Both are first trimmed of the
 * whitespace, quotation marks and punctuation at their ends (annotators differ on whether the
 * marks and the final full stop belong to the content). Then:
 * <ul>
 *   <li>overlap = characters in both / characters in the longer of the two; 1.0 is the same
 *       span, 0.5 a span half or twice as long. A gold that marks only a snippet (gold JSON without
 *       {@code extent}) is measured by how much of the snippet the prediction covers instead.</li>
 *   <li>exact = same start and end after trimming (a snippet: the prediction contains all of it).</li>
 * </ul>
 * A discontinuous gold content counts only its fragments' characters.
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

    double overlap(TextSpan predicted) {
        TextSpan p = trim(predicted, text);
        int shared = 0;
        for (TextSpan g : gold) shared += Math.max(0, Math.min(g.end(), p.end()) - Math.max(g.start(), p.start()));
        if (shared == 0) return 0;
        int denominator = snippet ? goldLength : Math.max(goldLength, p.length());
        return denominator == 0 ? 0 : (double) shared / denominator;
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
