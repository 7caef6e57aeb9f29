package org.positionstracker.extract.reported;

import java.util.List;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.cue.CueKind;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * {@code NP, INTERRUPTER, said (that) CLAUSE}: a subject set off from its verb by words between
 * commas or dashes ("Reed, before the talks began, said that ...", "Lee, 58, told reporters ...").
 */
public final class InterruptedSubjectRule implements ReportedSpeechRule {
    private static boolean interrupterMark(org.positionstracker.extract.doc.Word w) {
        return w.isPunct(',') || w.isPunct('\u2014') || w.isPunct('\u2013');
    }

    @Override
    public String name() {
        return "subject-interrupter-verb";
    }

    @Override
    public List<Report> apply(ReportedInput in) {
        Cue c = in.cue();
        DocSentence s = in.sentence();
        if (c.kind() != CueKind.VERB) return List.of();
        int b = Subjects.beforeVerb(s, c.from());
        if (b < 2 || !interrupterMark(s.word(b - 1))) return List.of();
        int comma = -1;
        for (int k = b - 2; k >= Math.max(0, b - 2 - Subjects.LONGEST_INTERRUPTER); k--) {
            if (in.quoted()[k] || s.word(k).isPunct(';') || s.word(k).isPunct(':')) return List.of();
            if (s.word(k).text().equals(s.word(b - 1).text())) {
                comma = k;
                break;
            }
        }
        if (comma < 1) return List.of();
        TokenSpan subject = Subjects.phraseBefore(s, comma, in.quoted());
        if (subject == null || subject.from() > 0 && s.word(subject.from() - 1).word()) return List.of();
        TextSpan content = Clauses.after(in, c.to(), s.word(c.from()).lower(), Subjects.subordinate(s, subject));
        if (content == null) return List.of();
        return List.of(Report.of(content, Subjects.resolve(in, subject), c.span(s)));
    }
}
