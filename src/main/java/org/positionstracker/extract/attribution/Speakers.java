package org.positionstracker.extract.attribution;

import java.util.Optional;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.speaker.SpeakerPhrases;

/** A speaker phrase of a sieve, resolved through {@link SpeakerPhrases}; a pronoun's antecedent comes before the quotation. */
final class Speakers {
    private Speakers() {
    }

    static Optional<ResolvedSpeaker> of(SieveInput in, DocSentence s, TokenSpan phrase) {
        return SpeakerPhrases.resolve(in.document(), in.speakers(), in.found(), s, phrase, in.quotation().marks().start());
    }
}
