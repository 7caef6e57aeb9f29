package org.positionstracker.extract.reported;

import java.util.List;
import java.util.Objects;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.attribution.SpeakerLookup;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Document;

/**
 * What a rule sees: the document, the sentence and its cue, which of its words are quoted, the
 * statements found so far (ordered by content start; only read) and a way to resolve a speaker phrase.
 */
public record ReportedInput(Document document, DocSentence sentence, boolean[] quoted, Cue cue,
                            List<ExtractedStatement> found, SpeakerLookup speakers) {
    public ReportedInput {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(quoted, "quoted");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(speakers, "speakers");
    }

    /** How many statements of {@link #found()} start before {@code offset}. */
    public int foundBefore(int offset) {
        return ExtractedStatement.countStartingBefore(found, offset);
    }
}
