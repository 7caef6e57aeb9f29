package org.positionstracker.extract.reported;

import java.util.List;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.content.ContentBounds;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.cue.CueKind;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * {@code NP rejected the accusation}, {@code NP called for a congestion charge}, {@code ..., urging
 * the council to ...}: a speech act whose object is what was said. The statement spans the act and
 * its object, so that what a speaker rejects or welcomes stays readable.
 */
public final class SpeechActObjectRule implements ReportedSpeechRule {
    @Override
    public String name() {
        return "speech-act-object";
    }

    @Override
    public List<Report> apply(ReportedInput in) {
        Cue c = in.cue();
        DocSentence s = in.sentence();
        if (c.kind() != CueKind.SPEECH_ACT || c.to() >= s.size() || !ContentBounds.opensClause(s.word(c.to()))
                && !in.quoted()[c.to()]) return List.of();
        int end = ContentBounds.end(s, c.to(), in.quoted());
        if (end <= c.to()) return List.of();
        TextSpan content = Clauses.span(in, c.from(), end);
        if (content == null) return List.of();
        if (c.from() > 0 && s.word(c.from() - 1).isPunct(',')) return List.of(ParticipleRule.speaker(in, c, content));
        TokenSpan subject = Subjects.phraseBefore(s, Subjects.beforeVerb(s, c.from()), in.quoted());
        if (subject == null) return List.of();
        return List.of(Report.of(content, Subjects.resolve(in, subject), c.span(s)));
    }
}
