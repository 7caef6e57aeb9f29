package org.positionstracker.extract.attribution;

import java.util.Optional;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

/** A speaker phrase as a pronoun or as a name, role or body. */
final class Speakers {
    private Speakers() {
    }

    static Optional<ResolvedSpeaker> of(SieveInput in, DocSentence s, TokenSpan phrase) {
        if (phrase.size() == 1 && Pronouns.isPronoun(s.word(phrase.from()))) return Pronouns.resolve(in, s, phrase);
        return in.speakers().resolve(s, phrase);
    }
}
