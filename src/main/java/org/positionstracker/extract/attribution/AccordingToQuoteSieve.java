package org.positionstracker.extract.attribution;

import java.util.Optional;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Quotation;
import org.positionstracker.extract.doc.TokenSpan;

/** {@code According to X, “...”}: the source named after "according to", up to its comma. */
public final class AccordingToQuoteSieve implements AttributionSieve {
    private static final int LONGEST_SOURCE = 10;

    @Override
    public String name() {
        return "according-to-quote";
    }

    @Override
    public Optional<Attribution> attribute(SieveInput in) {
        Quotation q = in.quotation();
        DocSentence s = in.sentence();
        int comma = q.open() - 1;
        if (comma < 3 || !s.word(comma).isPunct(',')) return Optional.empty();
        for (int i = comma - 1; i >= Math.max(1, comma - 1 - LONGEST_SOURCE); i--) {
            if (!s.word(i).word()) return Optional.empty();
            if (s.word(i).is("to") && s.word(i - 1).is("according")) {
                if (i + 1 >= comma) return Optional.empty();
                TextSpan cue = new TextSpan(s.word(i - 1).span().start(), s.word(i).span().end());
                return Speakers.of(in, s, new TokenSpan(i + 1, comma)).map(r -> new Attribution(r.ref(), r.mention(), cue));
            }
        }
        return Optional.empty();
    }
}
