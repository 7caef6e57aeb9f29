package org.positionstracker.extract.doc;

import java.util.List;
import java.util.Objects;

/**
 * An article read once for every rule: the text as given, the same text with page furniture
 * blanked out (offsets unchanged), its sentences with their words, and its quotations in text
 * order. Immutable.
 */
public record Document(String text, String masked, List<DocSentence> sentences, List<Quotation> quotations) {
    public Document {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(masked, "masked");
        if (text.length() != masked.length()) throw new IllegalArgumentException("the mask must keep every offset");
        sentences = List.copyOf(sentences);
        quotations = List.copyOf(quotations);
    }

    public DocSentence sentence(Quotation q) {
        return sentences.get(q.sentence());
    }
}
