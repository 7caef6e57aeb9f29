package org.positionstracker.extract.reported;

import java.util.List;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.content.ContentBounds;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.cue.CueKind;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * {@code CLAUSE, NP said.} and {@code CLAUSE, said NP.}: an attribution closing the sentence
 * reports the clause before its comma; set off by commas inside the clause ("it is his job, he
 * said, to talk to Congress") it reports the whole clause.
 */
public final class ClauseThenAttributionRule implements ReportedSpeechRule {
    /** Words an inverted subject may run to the sentence's end (", said a handful of Democrats who ..."). */
    private static final int LONGEST_INVERTED = 30;

    @Override
    public String name() {
        return "clause-then-attribution";
    }

    @Override
    public List<Report> apply(ReportedInput in) {
        Cue c = in.cue();
        DocSentence s = in.sentence();
        if (c.kind() != CueKind.VERB) return List.of();
        int end = c.to();
        TokenSpan subject;
        int comma;
        if (c.from() > 0 && s.word(c.from() - 1).isPunct(',')) {          // ", said Reed." ", said a handful of Democrats who ..."
            comma = c.from() - 1;
            end = c.to();
            while (end < s.size() && end - c.to() < LONGEST_INVERTED && s.word(end).word()) end++;
            if (end == c.to() || s.word(c.to()).is("that") || clauseAfter(s, c.to(), end)) return List.of();
            subject = new TokenSpan(c.to(), Math.min(end, c.to() + Subjects.LONGEST_SUBJECT));
        } else {                                                            // ", Reed said."
            subject = Subjects.phraseBefore(s, Subjects.beforeVerb(s, c.from()), in.quoted());
            if (subject == null || subject.from() == 0 || !s.word(subject.from() - 1).isPunct(',')) return List.of();
            comma = subject.from() - 1;
        }
        int to = comma;
        boolean inverted = end > c.to();
        if (!sentenceEnd(s, end) && !(inverted && s.word(end).isPunct(',') && closesAfterAppositive(s, end))) {
            if (!s.word(end).isPunct(',') || end + 1 >= s.size() || !s.word(end + 1).word() || end - c.to() > Subjects.LONGEST_SUBJECT) return List.of();
            to = ContentBounds.end(s, end + 1, in.quoted());      // "it is his job, he said, to talk to Congress": the whole clause
        }
        int floor = floor(in);
        int from = ContentBounds.clauseStartBefore(s, comma, floor, in.quoted());
        if (from >= comma) return List.of();
        TextSpan content = Clauses.span(in, from, to);
        if (content == null || Clauses.firstVerb(s, from, Math.min(comma, from + Clauses.CLAUSE_REACH)) < 0) return List.of();   // "Rachel Berg, a philanthropist, said": no clause
        content = new TextSpan(Clauses.startAcrossAbbreviation(in, from), content.end());
        return List.of(Report.of(content, Subjects.resolve(in, subject), c.span(s)));
    }

    /**
     * The words after the verb hold a verb of their own before any comma or relative pronoun:
     * "NP, an aide, said Brainard's donations call ...": a clause, not an inverted subject.
     */
    private static boolean clauseAfter(DocSentence s, int from, int end) {
        int to = from;
        while (to < end && s.word(to).word() && !Subjects.relative(s.word(to))) to++;
        return to > from + 1 && Clauses.firstVerb(s, from + 1, to) >= 0;
    }

    private static boolean sentenceEnd(DocSentence s, int k) {
        return k >= s.size() || k == s.size() - 1 && (s.word(k).isPunct('.') || s.word(k).isPunct('!') || s.word(k).isPunct('?'));
    }

    /** ", said Reed, the mayor." : an appositive after the inverted subject, then the sentence's end. */
    private static boolean closesAfterAppositive(DocSentence s, int comma) {
        for (int k = comma + 1; k < Math.min(s.size(), comma + 1 + Subjects.LONGEST_INTERRUPTER); k++) {
            if (!s.word(k).word() && !s.word(k).is("'s")) return sentenceEnd(s, k);
        }
        return false;
    }

    /** First word after any statement found earlier in the sentence. */
    private static int floor(ReportedInput in) {
        DocSentence s = in.sentence();
        int start = s.span().start();
        int last = start;
        for (int i = in.foundBefore(s.span().end()) - 1; i >= 0; i--) {
            ExtractedStatement st = in.found().get(i);
            if (st.content().start() < start) break;
            last = Math.max(last, st.content().end());
        }
        return Math.min(s.size(), s.wordAt(last));
    }
}
