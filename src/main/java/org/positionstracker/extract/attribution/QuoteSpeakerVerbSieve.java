package org.positionstracker.extract.attribution;

import java.util.Optional;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Quotation;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.quote.QuoteClassifier;

/**
 * {@code “...,” NP said}: the speaker phrase stands between the closing mark and a speech verb
 * ("her campaign said", "Cole and Jones wrote", "a smiling Garcia said"), optionally followed by
 * an appositive between commas ("pollster Ann Lee, part of the team, told NBC").
 */
public final class QuoteSpeakerVerbSieve implements AttributionSieve {
    /** Words a subject phrase may have before its verb ("former Secretary of State Anna Berg"). */
    private static final int LONGEST_SUBJECT = 8;
    /** Words an appositive may have between its commas. */
    private static final int LONGEST_APPOSITIVE = 16;

    @Override
    public String name() {
        return "quote-speaker-verb";
    }

    @Override
    public Optional<Attribution> attribute(SieveInput in) {
        Quotation q = in.quotation();
        DocSentence s = in.sentence();
        int k = q.close() + 1;
        if (k < s.size() && s.word(k).isPunct(',')) k++;
        int from = k;
        int end = Math.min(s.size(), from + LONGEST_SUBJECT + 1);
        int verb = -1;
        for (; k < end && verb < 0; k++) {
            if (QuoteClassifier.speechVerb(s.word(k))) {
                verb = k;
            } else if (s.word(k).isPunct(',')) {
                int after = afterAppositive(s, k);
                if (after < 0 || after >= s.size() || !QuoteClassifier.speechVerb(s.word(after))) return Optional.empty();
                verb = after;
            } else if (!s.word(k).word() && !s.word(k).isPunct('-')) {
                return Optional.empty();
            }
        }
        if (verb <= from) return Optional.empty();
        TokenSpan phrase = new TokenSpan(from, subjectEnd(s, from, verb));
        int v = verb;
        return Speakers.of(in, s, phrase).map(r -> new Attribution(r.ref(), r.mention(), s.word(v).span()));
    }

    /** The end of the subject: before the appositive's comma when there is one. */
    private static int subjectEnd(DocSentence s, int from, int verb) {
        for (int i = from; i < verb; i++) {
            if (s.word(i).isPunct(',')) return i;
        }
        return verb;
    }

    /** Index after ", appositive," or -1 when no closing comma comes soon enough. */
    private static int afterAppositive(DocSentence s, int comma) {
        for (int i = comma + 1; i < Math.min(s.size(), comma + 2 + LONGEST_APPOSITIVE); i++) {
            if (s.word(i).quoteMark()) return -1;
            if (s.word(i).isPunct(',')) return i + 1;
        }
        return -1;
    }
}
