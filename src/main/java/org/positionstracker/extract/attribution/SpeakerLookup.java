package org.positionstracker.extract.attribution;

import java.util.Optional;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

/** Resolves a phrase of a sentence ("Foreign Minister Anna Berg", "the ministry", "analysts") to a speaker. */
public interface SpeakerLookup {
    /** Empty when the phrase names no one who can speak (a pronoun is not resolved here: see {@link Pronouns}). */
    Optional<ResolvedSpeaker> resolve(DocSentence sentence, TokenSpan phrase);
}
