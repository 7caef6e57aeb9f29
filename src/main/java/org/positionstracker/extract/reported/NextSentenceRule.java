package org.positionstracker.extract.reported;

import java.util.List;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.cue.CueKind;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

/** {@code CLAUSE. This was stated by X.}: the sentence before, attributed to the agent of the passive. */
public final class NextSentenceRule implements ReportedSpeechRule {
    @Override
    public String name() {
        return "next-sentence-attribution";
    }

    @Override
    public List<Report> apply(ReportedInput in) {
        Cue c = in.cue();
        DocSentence s = in.sentence();
        if (c.kind() != CueKind.NEXT_SENTENCE || s.index() == 0) return List.of();
        DocSentence prev = in.document().sentences().get(s.index() - 1);
        if (prev.headline() || prev.size() == 0 || s.paragraph() - prev.paragraph() > 1) return List.of();
        int end = c.to();
        while (end < s.size() && end - c.to() < Subjects.LONGEST_SUBJECT + 4 && (s.word(end).word() || s.word(end).is("'s"))) end++;
        if (end == c.to()) return List.of();
        int to = prev.size();
        while (to > 0 && !prev.word(to - 1).word() && !prev.word(to - 1).quoteMark()) to--;
        if (to == 0) return List.of();
        TextSpan content = new TextSpan(prev.word(0).span().start(), prev.word(to - 1).span().end());
        return List.of(Report.of(content, Subjects.resolve(in, new TokenSpan(c.to(), end)), c.span(s)));
    }
}
