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
 * reports the clause before its comma.
 */
public final class ClauseThenAttributionRule implements ReportedSpeechRule {
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
        if (c.from() > 0 && s.word(c.from() - 1).isPunct(',')) {          // ", said Reed."
            comma = c.from() - 1;
            end = c.to();
            while (end < s.size() && end - c.to() < Subjects.LONGEST_SUBJECT && s.word(end).word()) end++;
            if (end == c.to()) return List.of();
            subject = new TokenSpan(c.to(), end);
        } else {                                                            // ", Reed said."
            subject = Subjects.phraseBefore(s, Subjects.beforeVerb(s, c.from()), in.quoted());
            if (subject == null || subject.from() == 0 || !s.word(subject.from() - 1).isPunct(',')) return List.of();
            comma = subject.from() - 1;
        }
        if (!sentenceEnd(s, end) && !(s.word(end).isPunct(',') && closesAfterAppositive(s, end))) return List.of();
        int floor = floor(in);
        int from = ContentBounds.clauseStartBefore(s, comma, floor, in.quoted());
        if (from >= comma) return List.of();
        TextSpan content = Clauses.span(in, from, comma);
        if (content == null) return List.of();
        content = new TextSpan(Clauses.startAcrossAbbreviation(in, from), content.end());
        return List.of(Report.of(content, Subjects.resolve(in, subject), c.span(s)));
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
