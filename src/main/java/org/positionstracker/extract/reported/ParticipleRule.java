package org.positionstracker.extract.reported;

import java.util.List;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.cue.CueKind;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * {@code ..., saying (that) CLAUSE}: a participle after a comma reports what the subject of the
 * clause before it said: the speaker of a statement earlier in the sentence, else the noun phrase
 * opening the sentence.
 */
public final class ParticipleRule implements ReportedSpeechRule {
    @Override
    public String name() {
        return "participle-clause";
    }

    @Override
    public List<Report> apply(ReportedInput in) {
        Cue c = in.cue();
        DocSentence s = in.sentence();
        if (c.kind() != CueKind.PARTICIPLE) return List.of();
        TextSpan content = Clauses.after(in, c.to(), s.word(c.from()).lower(), false);
        if (content == null) return List.of();
        return List.of(speaker(in, c, content));
    }

    /** The report with the speaker of the clause the participle hangs on. */
    static Report speaker(ReportedInput in, Cue c, TextSpan content) {
        DocSentence s = in.sentence();
        TokenSpan apposed = Subjects.beforeAppositive(s, c.from(), in.quoted());       // "while Reed, the mayor, proposed"
        if (apposed != null) return Report.of(content, Subjects.resolve(in, apposed), c.span(s));
        ExtractedStatement earlier = Subjects.earlierInSentence(in, c.from());
        if (earlier != null) return new Report(content, earlier.speaker(), earlier.speakerMention(), c.span(s));
        TokenSpan subject = Subjects.sentenceSubject(s, c.from(), in.quoted());
        ResolvedSpeaker r = subject == null ? null : Subjects.resolve(in, subject);
        return Report.of(content, r, c.span(s));
    }
}
