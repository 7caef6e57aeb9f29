package org.positionstracker.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.positionstracker.report.Html;

/**
 * Renders an article's text as HTML with every statement span wrapped in {@code <mark>} exactly at
 * its offsets. Paragraphs are the non-blank lines, as for the extractor (every line break is a
 * paragraph boundary). Lines that no span touches are folded into a closed {@code <details>}; the
 * others are shown, each beside the cards of the spans that start in it.
 *
 * <p>Nothing of the text is dropped or repeated: removing the tags and decoding the entities of the
 * result gives back the text exactly (the cards excepted, which come from {@code aside}). Spans may
 * nest, overlap and cross paragraphs: a mark is closed where an element boundary or a crossing span
 * forces it and reopened after, so a span can be several {@code <mark data-s="ID">} fragments; the
 * first carries {@code id="sID"}. A boundary inside a surrogate pair is moved outwards to keep the
 * character whole.
 */
final class ArticleMarkup {
    /** A span to mark: [start, end) in the text, the statement id, and the CSS class of its marks. */
    record Span(long id, int start, int end, String cssClass) {
        Span {
            if (start < 0 || end <= start) throw new IllegalArgumentException("span #" + id + " [" + start + ", " + end + ") is empty or negative");
        }
    }

    record Range(int start, int end) {
    }

    private ArticleMarkup() {
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C';
    }

    /** The non-blank lines of the text, without their leading and trailing white space. */
    static List<Range> paragraphs(String text) {
        List<Range> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || isLineBreak(text.charAt(i))) {
                int s = lineStart;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (e > s) out.add(new Range(s, e));
                lineStart = i + 1;
            }
        }
        return out;
    }

    /**
     * The article as HTML. {@code aside} gives the HTML shown beside a paragraph for the spans whose
     * card belongs there (the first shown paragraph the span covers text of); it is called once per
     * shown paragraph, with an empty list when none starts there, and once more at the end, for
     * spans covering no paragraph text, if there are any.
     */
    static String render(String text, List<Span> spans, Function<List<Span>, String> aside) {
        List<Span> sorted = new ArrayList<>();
        for (Span s : spans) {
            if (s.end() > text.length())
                throw new IllegalArgumentException("span #" + s.id() + " ends at " + s.end() + ", after the text's end " + text.length());
            sorted.add(wholeCharacters(text, s));
        }
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed())
                .thenComparingLong(Span::id));
        List<Range> paragraphs = paragraphs(text);
        List<List<Span>> cards = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) cards.add(new ArrayList<>());
        boolean[] shown = new boolean[paragraphs.size()];
        List<Span> orphans = new ArrayList<>();
        for (Span s : sorted) {
            int first = -1;
            for (int p = firstEndingAfter(paragraphs, s.start()); p < paragraphs.size() && paragraphs.get(p).start() < s.end(); p++) {
                shown[p] = true;
                if (first < 0) first = p;
            }
            if (first >= 0) cards.get(first).add(s);
            else orphans.add(s);
        }

        StringBuilder out = new StringBuilder(text.length() * 2 + 256);
        Marks marks = new Marks(text, sorted, out);
        int pos = 0;
        int gapEnd = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            Range para = paragraphs.get(p);
            marks.segment(pos, para.start());
            if (!shown[p] && gapEnd < 0) {
                gapEnd = p;
                while (gapEnd + 1 < paragraphs.size() && !shown[gapEnd + 1]) gapEnd++;
                int lines = gapEnd - p + 1;
                out.append("<details class=\"gap\"><summary data-label=\"")
                        .append(lines).append(lines == 1 ? " line" : " lines").append(" without statements\"></summary>");
            }
            if (shown[p]) {
                out.append("<div class=\"row\"><p class=\"para\">");
                marks.segment(para.start(), para.end());
                out.append("</p><aside class=\"cards\">").append(aside.apply(cards.get(p))).append("</aside></div>");
            } else {
                out.append("<p class=\"para quiet\">");
                marks.segment(para.start(), para.end());
                out.append("</p>");
                if (p == gapEnd) {
                    out.append("</details>");
                    gapEnd = -1;
                }
            }
            pos = para.end();
        }
        marks.segment(pos, text.length());
        if (!orphans.isEmpty())
            out.append("<div class=\"row\"><p class=\"para\"></p><aside class=\"cards\">").append(aside.apply(orphans)).append("</aside></div>");
        return out.toString();
    }

    private static Span wholeCharacters(String text, Span s) {
        int start = s.start();
        int end = s.end();
        if (start > 0 && Character.isLowSurrogate(text.charAt(start)) && Character.isHighSurrogate(text.charAt(start - 1))) start--;
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) end++;
        return start == s.start() && end == s.end() ? s : new Span(s.id(), start, end, s.cssClass());
    }

    /** Index of the first paragraph ending after {@code offset} (paragraphs are sorted and disjoint). */
    private static int firstEndingAfter(List<Range> paragraphs, int offset) {
        int lo = 0;
        int hi = paragraphs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Writes the text segment by segment (a paragraph or the white space between two), keeping
     * the marks properly nested: every mark open at a segment's end is closed there and reopened
     * at the next segment's start; a span ending under a later-opened one closes that one too,
     * which is then reopened.
     */
    private static final class Marks {
        private final String text;
        private final List<Span> spans;
        private final StringBuilder out;
        private final Set<Long> anchored = new HashSet<>();
        private List<Span> open = new ArrayList<>();
        private int next;

        Marks(String text, List<Span> spans, StringBuilder out) {
            this.text = text;
            this.spans = spans;
            this.out = out;
        }

        void segment(int from, int to) {
            if (from >= to) return;
            List<Span> carried = open;
            open = new ArrayList<>();
            for (Span s : carried) openMark(s);
            int p = from;
            while (true) {
                int q = to;
                if (next < spans.size()) q = Math.min(q, spans.get(next).start());
                for (Span s : open) q = Math.min(q, s.end());
                out.append(Html.text(text, p, q));
                p = q;
                if (q == to) break;
                closeEndingAt(q);
                while (next < spans.size() && spans.get(next).start() == q) openMark(spans.get(next++));
            }
            List<Span> continuing = new ArrayList<>();
            for (Span s : open) {
                out.append("</mark>");
                if (s.end() > to) continuing.add(s);
            }
            open = continuing;
        }

        private void closeEndingAt(int q) {
            int lowest = -1;
            for (int i = 0; i < open.size() && lowest < 0; i++) if (open.get(i).end() == q) lowest = i;
            if (lowest < 0) return;
            List<Span> reopen = new ArrayList<>();
            for (int i = open.size() - 1; i >= lowest; i--) {
                out.append("</mark>");
                Span s = open.remove(i);
                if (s.end() != q) reopen.add(0, s);
            }
            for (Span s : reopen) openMark(s);
        }

        private void openMark(Span s) {
            boolean first = anchored.add(s.id());
            out.append("<mark class=\"").append(Html.value(s.cssClass())).append(first ? "" : " cont")
                    .append("\" data-s=\"").append(s.id()).append('"');
            if (first) out.append(" id=\"s").append(s.id()).append('"');
            out.append('>');
            open.add(s);
        }
    }
}
