package org.positionstracker.extract;

import java.util.List;

/** Sentence numbers as the extractor counts them, for statements that come from elsewhere (an analyst). */
public final class SentenceNumbers {
    private SentenceNumbers() {
    }

    /** The 1-based number of the sentence the character at {@code offset} belongs to (the last one starting before it). */
    public static int at(String text, int offset) {
        List<Sentence> sentences = Sentences.split(ArchiveQuotes.normalise(PageNoise.mask(text)));
        int number = 1;
        for (Sentence s : sentences) {
            if (s.start() > offset) break;
            number = s.number();
        }
        return number;
    }
}
