package org.positionstracker.extract.reported;

import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.content.ContentBounds;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Word;

/** The reported clause after a cue, as the rules share it. */
final class Clauses {
    /** A reported clause shorter than this many words is a fragment, not a statement. */
    static final int FEWEST_WORDS = 3;
    /** Words of a clause searched for its verb. */
    private static final int VERB_WINDOW = 12;
    /** Words of a clause before its attribution searched for a verb. */
    static final int CLAUSE_REACH = 40;

    private Clauses() {
    }

    /**
     * The clause after word {@code after} (listener, "that", circumstance handled), or null. Without
     * "that" or a colon before it, it must have a verb: "reiterating her support" reports no clause.
     */
    static TextSpan after(ReportedInput in, int after, String cueWord, boolean subordinate) {
        DocSentence s = in.sentence();
        int from = ContentBounds.start(s, after, cueWord);
        if (from < 0) return null;
        int to = subordinate ? ContentBounds.endAtComma(s, from, in.quoted()) : ContentBounds.end(s, from, in.quoted());
        Word before = s.word(from - 1);
        if (!before.is("that") && !before.isPunct(':') && !in.quoted()[from] && !hasVerb(s, from, to)) return null;
        return span(in, from, to);
    }

    /** Words [from, to) as a content span, or null when too short or only a quotation (the quote sieves take those). */
    static TextSpan span(ReportedInput in, int from, int to) {
        DocSentence s = in.sentence();
        int words = 0;
        boolean allQuoted = true;
        for (int k = from; k < to; k++) {
            if (s.word(k).word()) words++;
            allQuoted &= in.quoted()[k];
        }
        if (words < FEWEST_WORDS || allQuoted) return null;
        return Subjects.span(s, from, to);
    }

    /**
     * The content starts a new sentence only because the splitter cut after an abbreviation
     * ("... against Sen. | Marco Rubio, according to a poll"): where the clause really starts.
     */
    static int startAcrossAbbreviation(ReportedInput in, int from) {
        DocSentence s = in.sentence();
        int start = s.word(from).span().start();
        if (from > 0 || s.index() == 0) return start;
        DocSentence prev = in.document().sentences().get(s.index() - 1);
        int n = prev.size();
        if (prev.paragraph() != s.paragraph() || n < 2 || !prev.word(n - 1).isPunct('.')) return start;
        Word last = prev.word(n - 2);
        if (!last.capitalised() || last.text().length() > 4) return start;
        int k = n - 2;
        while (k > 0 && !prev.word(k - 1).isPunct(';') && !prev.word(k - 1).isPunct(':')) k--;
        return prev.word(k).span().start();
    }

    /** True when the tagger finds a verb or auxiliary among the clause's first words (a noun phrase has none). */
    static boolean hasVerb(DocSentence s, int from, int to) {
        return firstVerb(s, from, Math.min(to, from + VERB_WINDOW)) >= 0;
    }

    /**
     * Index of the first word of [from, to) the tagger calls a verb or auxiliary, or -1; with no
     * tagger model, {@code from}. The tags are the sentence's own ({@link DocSentence#pos}).
     */
    static int firstVerb(DocSentence s, int from, int to) {
        if (!s.tagged()) return from;
        for (int i = from; i < to; i++) {
            if (s.verbal(i)) return i;
        }
        return -1;
    }
}
