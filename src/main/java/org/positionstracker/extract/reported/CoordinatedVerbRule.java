package org.positionstracker.extract.reported;

import java.util.List;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.cue.CueKind;
import org.positionstracker.extract.doc.DocSentence;

/**
 * {@code NP did X and said CLAUSE}: a reporting verb coordinated with an earlier verb shares its
 * subject: the speaker of a statement earlier in the sentence, else the noun phrase opening it.
 */
public final class CoordinatedVerbRule implements ReportedSpeechRule {
    @Override
    public String name() {
        return "coordinated-verb";
    }

    @Override
    public List<Report> apply(ReportedInput in) {
        Cue c = in.cue();
        DocSentence s = in.sentence();
        if (c.kind() != CueKind.VERB) return List.of();
        int b = Subjects.beforeVerb(s, c.from());
        if (b == 0 || !(s.word(b - 1).is("and") || s.word(b - 1).is("but"))) return List.of();
        TextSpan content = Clauses.after(in, c.to(), s.word(c.from()).lower(), false);
        if (content == null) return List.of();
        return List.of(ParticipleRule.speaker(in, c, content));
    }
}
