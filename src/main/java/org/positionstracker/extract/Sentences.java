package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * Splits a masked article into sentences: each line is a paragraph, each paragraph is split by the
 * OpenNLP sentence model, then pieces are glued back together where the split fell inside a
 * quotation (a multi-sentence quote stays one sentence) or where the next piece starts in lower
 * case after a quote ("“Why?” she asked.").
 */
final class Sentences {
    private Sentences() {
    }

    static List<Sentence> split(String masked) {
        List<Sentence> out = new ArrayList<>();
        List<int[]> paragraphs = PageNoise.paragraphs(masked);
        int number = 1;
        for (int p = 0; p < paragraphs.size(); p++) {
            int ps = paragraphs.get(p)[0];
            int pe = paragraphs.get(p)[1];
            List<Quote> quotes = QuoteFinder.find(masked, ps, pe);
            List<int[]> pieces = detect(masked, ps, pe);
            List<int[]> merged = new ArrayList<>();
            int qi = 0;
            for (int[] piece : pieces) {
                if (merged.isEmpty()) {
                    merged.add(piece);
                    continue;
                }
                int[] last = merged.get(merged.size() - 1);
                int boundary = piece[0];
                while (qi + 1 < quotes.size() && quotes.get(qi + 1).open() < boundary) qi++;
                boolean insideQuote = qi < quotes.size() && quotes.get(qi).open() < boundary && boundary < quotes.get(qi).end();
                boolean lowerAfterQuote = Character.isLowerCase(masked.charAt(piece[0])) && endsWithQuoteOrMark(masked, last[1]);
                if (insideQuote || lowerAfterQuote || SpeakerWords.endsWithTitle(masked, last[0], last[1])) last[1] = piece[1];
                else merged.add(piece);
            }
            boolean headline = headline(masked, ps, pe);
            int qk = 0;
            for (int[] m : merged) {
                ExtractionBudget.checkpoint();
                List<Quote> own = new ArrayList<>();
                while (qk < quotes.size() && quotes.get(qk).open() < m[0]) qk++;
                int k = qk;
                while (k < quotes.size() && quotes.get(k).open() < m[1]) own.add(quotes.get(k++));
                out.add(new Sentence(number++, p, m[0], m[1], WordTokenizer.tokenize(masked, m[0], m[1]), own, headline));
            }
        }
        return out;
    }

    /** A line of at most 25 words that does not end like a sentence: a headline, teaser or link. */
    static boolean headline(String masked, int ps, int pe) {
        char last = masked.charAt(pe - 1);
        if (".!?:;\u201D\"\u2019'\u00BB)…".indexOf(last) >= 0) return false;
        int words = 0;
        boolean inWord = false;
        for (int i = ps; i < pe; i++) {
            boolean w = Character.isLetterOrDigit(masked.charAt(i));
            if (w && !inWord) words++;
            inWord = w;
        }
        return words <= 25;
    }

    private static boolean endsWithQuoteOrMark(String s, int end) {
        char c = s.charAt(end - 1);
        return c == '\u201D' || c == '"' || c == '\u2019' || c == '\'' || c == '?' || c == '!' || c == '\u00BB';
    }

    private static List<int[]> detect(String masked, int ps, int pe) {
        List<int[]> out = new ArrayList<>();
        SentenceDetectorME detector = NlpModels.sentenceDetector();
        if (detector != null) {
            try {
                for (opennlp.tools.util.Span sp : detector.sentPosDetect(masked.substring(ps, pe))) {
                    int s = ps + sp.getStart();
                    int e = ps + sp.getEnd();
                    while (s < e && Character.isWhitespace(masked.charAt(s))) s++;
                    while (e > s && Character.isWhitespace(masked.charAt(e - 1))) e--;
                    if (e > s && (out.isEmpty() || s >= out.get(out.size() - 1)[1])) out.add(new int[] {s, e});
                }
                if (!out.isEmpty()) return out;
            } catch (RuntimeException e) {
                out.clear();
            }
        }
        // fallback: split after . ! ? followed by a space and an upper-case letter or a quote
        int s = ps;
        for (int i = ps; i < pe - 2; i++) {
            char c = masked.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && masked.charAt(i + 1) == ' '
                    && (Character.isUpperCase(masked.charAt(i + 2)) || masked.charAt(i + 2) == '\u201C')) {
                out.add(new int[] {s, i + 1});
                s = i + 2;
            }
        }
        out.add(new int[] {s, pe});
        return out;
    }
}
