package org.positionstracker.extract.attribution;

import java.util.List;
import java.util.Optional;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.SpeakerKinds;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.doc.Word;

/**
 * A subject pronoun as speaker: the most recent earlier statement's speaker of a fitting kind
 * ("he"/"she" a person, "they" a group or body, "it" a government, organisation or outlet; a bare
 * name whose kind is still undecided may be "he", "she" or "it", which then decides it),
 * looking back no further than {@link #REACH} characters.
 */
public final class Pronouns {
    /** About three paragraphs: a pronoun further from its antecedent is not how news is written. */
    static final int REACH = 1_500;

    private Pronouns() {
    }

    public static boolean isPronoun(Word w) {
        return w.is("he") || w.is("she") || w.is("they") || w.is("it");
    }

    /**
     * The speaker of the latest statement of {@code found} (ordered by content start; the first
     * {@code count} of them end before {@code before}) that the pronoun can stand for, within reach.
     */
    public static Optional<SpeakerRef> antecedent(List<ExtractedStatement> found, int count, int before, String pronoun) {
        for (int i = count - 1; i >= 0; i--) {
            ExtractedStatement st = found.get(i);
            if (before - st.content().end() > REACH) break;
            SpeakerRef r = st.speaker();
            if (r != null && fits(r, pronoun)) return Optional.of(r);
        }
        return Optional.empty();
    }

    private static boolean fits(SpeakerRef r, String pronoun) {
        return switch (pronoun) {
            case "he", "she" -> SpeakerKinds.mayBePerson(r);
            case "they" -> !SpeakerKinds.mayBePerson(r);
            default -> r.kind() == ActorKind.GOVERNMENT || r.kind() == ActorKind.ORGANISATION || r.kind() == ActorKind.MEDIA
                    || SpeakerKinds.undecided(r);
        };
    }

    static TextSpan span(DocSentence s, TokenSpan phrase) {
        return new TextSpan(s.word(phrase.from()).span().start(), s.word(phrase.to() - 1).span().end());
    }
}
