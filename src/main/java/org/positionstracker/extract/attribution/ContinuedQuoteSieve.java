package org.positionstracker.extract.attribution;

import java.util.Optional;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.statement.Mode;

/**
 * A quotation that opens its sentence, with no attribution of its own, right after a direct
 * quotation of a known speaker in the same or the previous paragraph: the same speaker goes on
 * ("“A,” Berg said. “B.”"). Only when nothing but that statement's own sentence lies between.
 */
public final class ContinuedQuoteSieve implements AttributionSieve {
    @Override
    public String name() {
        return "continued-quote";
    }

    @Override
    public Optional<Attribution> attribute(SieveInput in) {
        DocSentence s = in.sentence();
        if (in.quotation().open() != 0 || s.index() == 0) return Optional.empty();
        int i = in.firstFoundFrom(in.quotation().marks().start());
        ExtractedStatement last = i > 0 ? in.found().get(i - 1) : null;
        if (last == null || last.speaker() == null || last.mode() == Mode.INDIRECT) return Optional.empty();
        Document doc = in.document();
        DocSentence previous = doc.sentences().get(s.index() - 1);
        if (last.sentenceNumber() != previous.number()) return Optional.empty();
        if (s.paragraph() - previous.paragraph() > 1) return Optional.empty();
        return Optional.of(new Attribution(last.speaker(), null, null));
    }
}
