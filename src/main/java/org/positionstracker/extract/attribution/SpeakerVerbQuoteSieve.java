package org.positionstracker.extract.attribution;

import java.util.Optional;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Quotation;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.doc.Word;
import org.positionstracker.extract.quote.QuoteClassifier;

/**
 * {@code NP said: “...”} and {@code NP told reporters, “...”}: a speech verb shortly before the
 * opening mark, its subject the words before it back to the clause start (an auxiliary or adverb
 * next to the verb is skipped: "Berg has repeatedly said").
 */
public final class SpeakerVerbQuoteSieve implements AttributionSieve {
    /** Words between the verb and the opening mark ("told reporters on Monday:"). */
    private static final int VERB_REACH = 5;
    private static final int LONGEST_SUBJECT = 8;

    @Override
    public String name() {
        return "speaker-verb-quote";
    }

    @Override
    public Optional<Attribution> attribute(SieveInput in) {
        Quotation q = in.quotation();
        DocSentence s = in.sentence();
        int verb = -1;
        for (int i = q.open() - 1; i >= Math.max(0, q.open() - 1 - VERB_REACH); i--) {
            Word w = s.word(i);
            if (w.quoteMark()) return Optional.empty();
            if (QuoteClassifier.speechVerb(w)) {
                verb = i;
                break;
            }
        }
        if (verb <= 0) return Optional.empty();
        int to = verb;
        while (to > 0 && AttributionWords.BESIDE_VERB.contains(s.word(to - 1).lower())) to--;
        int from = to;
        while (from > 0 && to - from < LONGEST_SUBJECT && s.word(from - 1).word()) from--;
        if (from > 0 && s.word(from - 1).word()) return Optional.empty();     // subject longer than a phrase: a clause
        if (from == to) return Optional.empty();
        int v = verb;
        return Speakers.of(in, s, new TokenSpan(from, to)).map(r -> new Attribution(r.ref(), r.mention(), s.word(v).span()));
    }
}
