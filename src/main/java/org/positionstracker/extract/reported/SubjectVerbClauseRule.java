package org.positionstracker.extract.reported;

import java.util.List;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.cue.CueKind;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * {@code NP said (that) CLAUSE}: the subject right before the verb, the reported clause after it.
 * A subject longer than a phrase, opening the sentence, gives an unattributed statement.
 */
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
        int b = Subjects.beforeVerb(s, c.from());
        TokenSpan subject = Subjects.phraseBefore(s, b, in.quoted());
        boolean longSubject = subject == null;
        if (longSubject) subject = Subjects.longSubjectFromStart(s, b, in.quoted());
        if (subject == null) return List.of();
        TextSpan content = Clauses.after(in, c.to(), s.word(c.from()).lower(), Subjects.subordinate(s, subject));
        if (content == null) return List.of();
        // a long subject names people by a description ("voters who backed Reed"): resolving it would pick a name inside it
        return List.of(Report.of(content, longSubject ? null : Subjects.resolve(in, subject), c.span(s)));
    }
}
