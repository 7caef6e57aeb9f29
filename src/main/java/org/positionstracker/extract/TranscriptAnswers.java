package org.positionstracker.extract;

import java.util.List;
import org.positionstracker.statement.Mode;

/**
 * A transcript answer: a paragraph opening with a known person's label and a colon ("WHITLOCK: He
 * is wrong ...", "Stubb: That is not for me to decide.") is that person's direct statement.
 */
final class TranscriptAnswers extends SentenceView {
    /** Words a section heading of the form "Name: ..." may have; an answer is longer. */
    private static final int LONGEST_HEADING = 8;

    TranscriptAnswers(SentenceView v) {
        super(v);
    }

    /**
     * A transcript answer: a paragraph opening with a speaker label (capitalised words) and a colon
     * ("WHITLOCK: He is wrong ...", "Stubb: ...") whose label is the surname or full name of a person
     * named earlier in the article; a label not in capitals only {@code inInterview}, right after a
     * question or another answer, or before an answer longer than a heading ("Cruz: Just hang on."
     * is a section heading). The rest of the paragraph (up to {@code paragraphEnd}) is that
     * person's direct statement. Question labels ("Q:") and unknown labels are not speakers.
     */
    ExtractedStatement answer(int paragraphEnd, boolean inInterview) {
        int c = -1;
        for (int k = 0; k < Math.min(n, 4); k++) {
            if (t.get(k).isPunct(':')) {
                c = k;
                break;
            }
            Token x = t.get(k);
            if (!x.word() || x.text().length() < 2 || !Character.isUpperCase(x.text().charAt(0))) return null;
        }
        if (c < 1 || c + 1 >= n) return null;
        boolean capitals = true;
        for (int k = 0; k < c; k++) capitals &= t.get(k).text().equals(t.get(k).text().toUpperCase(java.util.Locale.ROOT));
        SpeakerRef person = memory.bySurname(t.get(c - 1).bareText());
        if (person == null) return null;
        if (c == 2 && !Lexicon.norm(person.canonicalName()).startsWith(t.get(0).lower() + " ")) return null;
        int cs = t.get(c + 1).start();
        int ce = paragraphEnd;
        while (ce > cs && Character.isWhitespace(masked.charAt(ce - 1))) ce--;
        List<Token> pt = WordTokenizer.tokenize(masked, cs, ce);
        int words = 0;
        for (Token x : pt) if (x.word()) words++;
        if (words < 3) return null;
        if (!capitals && !inInterview && words < LONGEST_HEADING) return null;
        memory.nextSentence();
        relativeSpeaker = false;
        emitWith(person, new TextSpan(t.get(0).start(), t.get(c - 1).end()), null, null, Mode.DIRECT,
                new TextSpan(cs, ce), s.number(), "transcript-answer");
        return found.get(found.size() - 1);
    }

}
