package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks in one paragraph: curly double (“ ”), straight double ("), curly single
 * (‘ ’), straight single (') and guillemets (« »). A curly and a straight double mark pair with
 * each other when the other kind is pending and the mark stands where a quotation closes (“...,"
 * he said; "...”), as articles edited in several tools mix them. Apostrophes (Kyiv’s, don't, officials’) are not
 * quote marks: a ’ or ' between two letters never is, and a closing single mark is only accepted
 * when a matching opening one is pending. Unmatched marks are ignored, except that an opening
 * double mark without a close runs to the paragraph's end when it opens the paragraph or when the
 * next paragraph opens with a quotation mark (the news convention for quotes continued in the
 * next paragraph). Only outermost pairs are returned.
 * Linear in the paragraph length (plus sorting the pairs).
 */
final class QuoteFinder {
    private QuoteFinder() {
    }

    static List<Quote> find(String s, int from, int to) {
        List<Quote> pairs = new ArrayList<>();
        // stack of pending opening marks and how many of each kind are pending
        int[] pos = new int[16];
        char[] kind = new char[16];
        int depth = 0;
        int[] count = new int[128];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            char prev = i > from ? s.charAt(i - 1) : ' ';
            char next = i + 1 < to ? s.charAt(i + 1) : ' ';
            char open = 0;
            char close = 0;
            switch (c) {
                case '\u201C', '\u201E' -> open = 'D';
                case '\u201D' -> {
                    if (has(count, 'D')) close = 'D';
                    else if (has(count, 'S') && !Character.isWhitespace(prev)) close = 'S';     // "...” : marks mixed
                    else if (!Character.isWhitespace(next) && Character.isWhitespace(prev)) open = 'D'; // ” used as opener
                }
                case '\u00AB' -> open = 'G';
                case '\u00BB' -> close = 'G';
                case '"' -> {
                    if (has(count, 'S')) close = 'S';
                    else if (has(count, 'D') && !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next)) close = 'D';  // “...," : marks mixed
                    else if (!Character.isWhitespace(next)) open = 'S';
                }
                case '\u2018' -> {
                    if (!Character.isLetterOrDigit(prev)) open = 'd';
                }
                case '\u2019' -> {
                    if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) break;
                    if (has(count, 'd') && !Character.isLetterOrDigit(next)) close = 'd';
                }
                case '\'' -> {
                    if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) break;
                    if (has(count, 's') && !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next)) close = 's';
                    else if (!Character.isLetterOrDigit(prev) && Character.isLetter(next)) open = 's';
                }
                default -> {
                }
            }
            if (close != 0) {
                int k = depth - 1;
                while (k >= 0 && kind[k] != close) k--;
                if (k >= 0) {
                    pairs.add(new Quote(pos[k], i, i + 1));
                    for (int j = k; j < depth; j++) count[kind[j]]--;
                    depth = k;
                }
            } else if (open != 0) {
                if (depth == pos.length) {
                    pos = java.util.Arrays.copyOf(pos, depth * 2);
                    kind = java.util.Arrays.copyOf(kind, depth * 2);
                }
                pos[depth] = i;
                kind[depth] = open;
                count[open]++;
                depth++;
            }
        }
        if (depth > 0 && (kind[0] == 'D' || kind[0] == 'S' || kind[0] == 'G')
                && (pos[0] == firstVisible(s, from, to) || nextParagraphOpensQuote(s, to))) {
            pairs.add(new Quote(pos[0], -1, to));
        }
        pairs.sort(Comparator.comparingInt(Quote::open));
        List<Quote> outer = new ArrayList<>();
        int reach = -1;
        for (Quote q : pairs) {
            if (q.open() < reach) continue;
            outer.add(q);
            reach = q.end();
        }
        return outer;
    }

    private static boolean has(int[] count, char k) {
        return count[k] > 0;
    }

    /**
     * True when the next paragraph starts with an opening double mark: a quote left open at the end
     * of this paragraph continues there (the convention for quotes running over paragraphs).
     */
    private static boolean nextParagraphOpensQuote(String s, int to) {
        int i = to;
        boolean lineBreak = false;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            if (s.charAt(i) == '\n') lineBreak = true;
            i++;
        }
        if (!lineBreak || i >= s.length()) return false;
        char c = s.charAt(i);
        return c == '\u201C' || c == '"' || c == '\u00AB' || c == '\u201E';
    }

    private static int firstVisible(String s, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }
}
