package org.positionstracker.extract.attribution;

import java.util.Optional;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Quotation;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.doc.Word;
import org.positionstracker.extract.quote.QuoteClassifier;

/**
 * {@code “...,” said NP}: an inverted subject after the speech verb ("said a former official",
 * "wrote Anna Berg, the committee's chair"); the phrase ends at a comma, the sentence's end or a
 * preposition ("said in a statement" has no subject here).
 */
public final class QuoteVerbSpeakerSieve implements AttributionSieve {
    private static final int LONGEST_SUBJECT = 10;

    @Override
    public String name() {
        return "quote-verb-speaker";
    }

    @Override
    public Optional<Attribution> attribute(SieveInput in) {
        Quotation q = in.quotation();
        DocSentence s = in.sentence();
        int k = q.close() + 1;
        if (k < s.size() && s.word(k).isPunct(',')) k++;
        if (k >= s.size() || !QuoteClassifier.speechVerb(s.word(k))) return Optional.empty();
        int verb = k;
        int from = verb + 1;
        int to = from;
        while (to < s.size() && to - from < LONGEST_SUBJECT) {
            Word w = s.word(to);
            if (!w.word() || AttributionWords.SUBJECT_STOP.contains(w.lower())) break;
            to++;
        }
        if (to == from || from >= s.size() || AttributionWords.SUBJECT_STOP.contains(s.word(from).lower())) return Optional.empty();
        return Speakers.of(in, s, new TokenSpan(from, to)).map(r -> new Attribution(r.ref(), r.mention(), s.word(verb).span()));
    }
}
