package org.positionstracker.extract.attribution;

import java.util.Optional;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Quotation;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.doc.Word;
import org.positionstracker.extract.quote.QuoteClassifier;

/**
 * A quotation that completes a speech act earlier in its clause: "She called his actions “a
 * crucial step”", "Cruz told the host on Monday night: “...”", and a participle after a comma
 * whose subject opens the sentence: "Abedin rallied supporters, saying: “...”". The verb is the
 * nearest speech verb or speech act before the opening mark, with no other quotation between.
 */
public final class ClauseVerbQuoteSieve implements AttributionSieve {
    /** Words between the verb and the opening mark. */
    private static final int VERB_REACH = 25;
    private static final int LONGEST_SUBJECT = 8;

    @Override
    public String name() {
        return "clause-verb-quote";
    }

    @Override
    public Optional<Attribution> attribute(SieveInput in) {
        Quotation q = in.quotation();
        DocSentence s = in.sentence();
        int verb = -1;
        int commas = 0;
        for (int i = q.open() - 1; i >= Math.max(0, q.open() - 1 - VERB_REACH); i--) {
            Word w = s.word(i);
            if (w.quoteMark() || w.isPunct(';') || w.isPunct('.')) return Optional.empty();
            if (w.isPunct(',') && ++commas > 1) return Optional.empty();     // the verb of another clause
            if (w.word() && (QuoteClassifier.speechVerb(w) || AttributionWords.SPEECH_ACTS.contains(w.lower()))) {
                verb = i;
                break;
            }
        }
        if (verb <= 0 || AttributionWords.PASSIVE.contains(s.word(verb - 1).lower())) return Optional.empty();   // "was asked": the asker speaks
        int v = verb;
        TokenSpan subject = subjectBefore(s, verb);
        if (subject == null && s.word(verb - 1).isPunct(',') && s.word(verb).lower().endsWith("ing")) subject = sentenceSubject(s, verb);
        if (subject == null) return Optional.empty();
        return Speakers.of(in, s, subject).map(r -> new Attribution(r.ref(), r.mention(), s.word(v).span()));
    }

    /** The words right before the verb (an auxiliary or adverb beside it skipped), back to the clause start. */
    private static TokenSpan subjectBefore(DocSentence s, int verb) {
        int to = verb;
        while (to > 0 && AttributionWords.BESIDE_VERB.contains(s.word(to - 1).lower())) to--;
        int from = to;
        while (from > 0 && to - from < LONGEST_SUBJECT && s.word(from - 1).word()) from--;
        if (from == to || (from > 0 && s.word(from - 1).word())) return null;
        return new TokenSpan(from, to);
    }

    /** The noun phrase opening the sentence: capitalised words and the words that join them ("the", "of", "'s"). */
    private static TokenSpan sentenceSubject(DocSentence s, int before) {
        int from = 0;
        if (s.size() > 0 && (AttributionWords.INTRODUCTORY.contains(s.word(0).lower()) || s.word(0).lower().endsWith("ing"))) {
            while (from < before && !s.word(from).isPunct(',')) from++;
            from++;
            if (from >= before) return null;
        }
        if (Pronouns.isPronoun(s.word(from))) return new TokenSpan(from, from + 1);
        int to = from;
        while (to < before && to - from < LONGEST_SUBJECT) {
            Word w = s.word(to);
            if (!w.word() || !(w.capitalised() || AttributionWords.NOUN_PHRASE_JOINERS.contains(w.lower()))) break;
            to++;
        }
        while (to > from && AttributionWords.NOUN_PHRASE_JOINERS.contains(s.word(to - 1).lower())) to--;
        return to == from ? null : new TokenSpan(from, to);
    }
}
