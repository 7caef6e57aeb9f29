package org.positionstracker.extract.attribution;

import java.util.List;
import java.util.Objects;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.extract.doc.Quotation;

/**
 * What a sieve sees: the document, the quotation to attribute, the statements found so far
 * (ordered by where their content starts; shared, not copied: sieves only read it) and a way to resolve a speaker phrase.
 */
public record SieveInput(Document document, Quotation quotation, List<ExtractedStatement> found, SpeakerLookup speakers) {
    public SieveInput {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(quotation, "quotation");
        Objects.requireNonNull(speakers, "speakers");
        Objects.requireNonNull(found, "found");
    }

    public DocSentence sentence() {
        return document.sentence(quotation);
    }

    /** Index in {@link #found()} of the first statement whose content starts at or after {@code offset}. */
    public int firstFoundFrom(int offset) {
        return ExtractedStatement.countStartingBefore(found, offset);
    }
}
