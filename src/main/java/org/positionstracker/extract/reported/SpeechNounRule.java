package org.positionstracker.extract.reported;

import java.util.List;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.attribution.Pronouns;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.cue.CueKind;
import org.positionstracker.extract.cue.CueWords;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * {@code his demand that CLAUSE}, {@code Reed's claim that CLAUSE}: the possessive names the
 * speaker (a possessive pronoun, the latest fitting speaker before it).
 */
public final class SpeechNounRule implements ReportedSpeechRule {

    @Override
    public String name() {
        return "speech-noun-that";
    }

    @Override
    public List<Report> apply(ReportedInput in) {
        Cue c = in.cue();
        DocSentence s = in.sentence();
        if (c.kind() != CueKind.NOUN) return List.of();
        TextSpan content = Clauses.after(in, c.to(), s.word(c.from()).lower(), false);
        if (content == null) return List.of();
        int p = c.from() - 1;
        String pronoun = CueWords.POSSESSIVES.get(s.word(p).lower());
        ResolvedSpeaker speaker = null;
        if (pronoun != null) {
            int before = s.word(p).span().start();
            speaker = Pronouns.antecedent(in.found(), in.foundBefore(before), before, pronoun)
                    .map(r -> new ResolvedSpeaker(r, s.word(p).span())).orElse(null);
        } else {
            int to = s.word(p).is("'s") ? p : p + 1;
            TokenSpan owner = to > 0 ? Subjects.phraseBefore(s, to, in.quoted()) : null;
            if (owner != null) speaker = Subjects.resolve(in, owner);
        }
        return List.of(Report.of(content, speaker, c.span(s)));
    }
}
