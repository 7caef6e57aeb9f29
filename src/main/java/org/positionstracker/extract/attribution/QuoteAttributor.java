package org.positionstracker.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.ExtractionBudget;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.extract.doc.Quotation;
import org.positionstracker.extract.quote.QuoteClassifier;
import org.positionstracker.extract.quote.QuoteKind;
import org.positionstracker.statement.Mode;

/**
 * Quote first: every quotation of speech in the body is a statement (a headline's quotation is a
 * title's wording, not a report). A quotation that no statement found so far covers is classified, and if it is speech the sieves are asked in order; the last sieve
 * keeps it without a speaker, so speech is never dropped.
 */
public final class QuoteAttributor {
    private static final Comparator<ExtractedStatement> BY_POSITION = Comparator.comparingInt(st -> st.content().start());

    private final List<AttributionSieve> sieves;
    private final QuoteClassifier classifier = new QuoteClassifier();

    public QuoteAttributor(List<AttributionSieve> sieves) {
        this.sieves = List.copyOf(sieves);
        if (this.sieves.isEmpty()) throw new IllegalArgumentException("no sieves");
    }

    /** The statements found before plus one per uncovered quotation of speech, in text order. */
    public List<ExtractedStatement> attribute(Document doc, List<ExtractedStatement> found, SpeakerLookup speakers) {
        List<ExtractedStatement> all = new ArrayList<>(found);
        all.sort(BY_POSITION);
        for (int i = 0; i < doc.quotations().size(); i++) quotation(doc, i, all, speakers);
        return all;
    }

    private ExtractedStatement quotation(Document doc, int i, List<ExtractedStatement> all, SpeakerLookup speakers) {
        ExtractionBudget.checkpoint();
        List<Quotation> quotations = doc.quotations();
        Quotation q = quotations.get(i);
        if (doc.sentence(q).headline() || covered(all, q) || repeated(doc, quotations, i, all)
                || classifier.classify(doc, q) != QuoteKind.SPEECH) return null;
        SieveInput in = new SieveInput(doc, q, all, speakers);
        for (AttributionSieve sieve : sieves) {
            Optional<Attribution> a = sieve.attribute(in);
            if (a.isEmpty()) continue;
            ExtractedStatement st = new ExtractedStatement(doc.sentence(q).number(), Mode.DIRECT, q.content(),
                    q.content().coveredText(doc.text()), a.get().speaker(), a.get().mention(), a.get().cue(), List.of(), sieve.name());
            all.add(ExtractedStatement.insertionIndex(all, st.content().start()), st);
            return st;
        }
        return null;
    }

    /** How many quotations either side may repeat one: pull quotes and live-blog headlines stand near the words they repeat. */
    private static final int REPEAT_REACH = 20;

    /**
     * The quotation's words stand again in a longer quotation nearby, or in an equal one that comes
     * first or is already a statement: a pull quote or a headline repeating what is reported in full elsewhere is one statement.
     */
    private static boolean repeated(Document doc, List<Quotation> quotations, int i, List<ExtractedStatement> all) {
        String own = normalised(doc, quotations.get(i));
        for (int k = Math.max(0, i - REPEAT_REACH); k < Math.min(quotations.size(), i + REPEAT_REACH + 1); k++) {
            if (k == i) continue;
            String other = normalised(doc, quotations.get(k));
            if (other.length() > own.length() ? other.contains(own) : other.equals(own) && (k < i || covered(all, quotations.get(k)))) return true;
        }
        return false;
    }

    private static String normalised(Document doc, Quotation q) {
        return q.content().coveredText(doc.masked()).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A statement found before already holds (part of) this quotation, as direct or partial content. */
    private static boolean covered(List<ExtractedStatement> all, Quotation q) {
        int lo = ExtractedStatement.countStartingBefore(all, q.content().start());
        for (int i = Math.max(0, lo - 3); i < Math.min(all.size(), lo + 3); i++) {
            if (all.get(i).content().overlaps(q.content())) return true;
        }
        return false;
    }
}
