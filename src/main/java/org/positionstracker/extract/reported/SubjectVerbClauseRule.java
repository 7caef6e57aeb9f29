package org.positionstracker.extract.reported;

import java.util.List;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.cue.CueKind;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

/** {@code NP said (that) CLAUSE}: the subject right before the verb, the reported clause after it. */
public final class SubjectVerbClauseRule implements ReportedSpeechRule {
    @Override
    public String name() {
        return "subject-verb-clause";
    }

    @Override
    public List<Report> apply(ReportedInput in) {
        Cue c = in.cue();
        DocSentence s = in.sentence();
        if (c.kind() != CueKind.VERB) return List.of();
        TokenSpan subject = Subjects.phraseBefore(s, Subjects.beforeVerb(s, c.from()), in.quoted());
        if (subject == null) return List.of();
        TextSpan content = Clauses.after(in, c.to(), s.word(c.from()).lower(), Subjects.subordinate(s, subject));
        if (content == null) return List.of();
        return List.of(Report.of(content, Subjects.resolve(in, subject), c.span(s)));
    }
}
