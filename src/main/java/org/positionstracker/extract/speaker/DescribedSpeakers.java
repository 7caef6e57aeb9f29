package org.positionstracker.extract.speaker;

import java.util.List;
import java.util.Optional;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.attribution.SpeakerLookup;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * A speaker phrase the lookup could not resolve, read for what it describes, in order: a document
 * ({@link DocumentSources}: its issuer, else {@link DocumentAnaphora}: an earlier mention's issuer, else no one), a description of someone who spoke before
 * ({@link Epithets}), a described group of people ({@link DescribedGroups}).
 */
public final class DescribedSpeakers {
    private DescribedSpeakers() {
    }

    /**
     * The speaker phrase {@code p} of {@code doc} describes; {@code found} holds the
     * statements found so far, ordered by content start, the first {@code count} of them before the phrase.
     */
    public static Optional<ResolvedSpeaker> resolve(Document doc, SpeakerLookup lookup, List<ExtractedStatement> found, int count,
                                                    DocSentence s, TokenSpan p) {
        if (DocumentSources.document(s, p)) {
            Optional<ResolvedSpeaker> issuer = DocumentSources.resolve(lookup, found, count, s, p);
            return issuer.isPresent() ? issuer : DocumentAnaphora.resolve(doc, lookup, found, count, s, p);
        }
        Optional<ResolvedSpeaker> r = Epithets.resolve(doc.text(), found, count, s, p);
        return r.isPresent() ? r : DescribedGroups.resolve(s, p);
    }
}
