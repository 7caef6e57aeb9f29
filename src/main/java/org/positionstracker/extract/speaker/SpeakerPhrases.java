package org.positionstracker.extract.speaker;

import java.util.List;
import java.util.Optional;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.attribution.Pronouns;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.attribution.SpeakerLookup;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * A speaker phrase of a rule or sieve, resolved in order: its edge adverbs trimmed
 * ({@link PhraseTrim}); a pronoun as the latest fitting speaker ({@link Pronouns}), else the one
 * person named just before it ({@link NamedAntecedents}); "who"/"which" after a comma as the phrase
 * before it ({@link RelativeAntecedents}); anything else through the lookup, else as a description
 * ({@link DescribedSpeakers}). Empty when nobody.
 */
public final class SpeakerPhrases {
    private SpeakerPhrases() {
    }

    /**
     * @param found         the statements found so far, ordered by content start
     * @param pronounBefore the offset a pronoun's antecedent must come before (the pronoun, or the quotation it attributes)
     */
    public static Optional<ResolvedSpeaker> resolve(Document doc, SpeakerLookup lookup, List<ExtractedStatement> found,
                                                    DocSentence s, TokenSpan written, int pronounBefore) {
        TokenSpan phrase = PhraseTrim.trim(s, written);
        int count = ExtractedStatement.countStartingBefore(found, s.word(phrase.from()).span().start());
        if (phrase.size() == 1 && Pronouns.isPronoun(s.word(phrase.from()))) {
            Optional<ResolvedSpeaker> r = Pronouns.antecedent(found, ExtractedStatement.countStartingBefore(found, pronounBefore), pronounBefore,
                    s.word(phrase.from()).lower()).map(ref -> new ResolvedSpeaker(ref, s.word(phrase.from()).span()));
            return r.isPresent() ? r : NamedAntecedents.resolve(doc, lookup, found, count, s, phrase);
        }
        if (RelativeAntecedents.applies(s, phrase)) {
            return RelativeAntecedents.resolve(s, phrase, antecedent -> named(doc, lookup, found, count, s, antecedent));
        }
        return named(doc, lookup, found, count, s, phrase);
    }

    private static Optional<ResolvedSpeaker> named(Document doc, SpeakerLookup lookup, List<ExtractedStatement> found, int count,
                                                   DocSentence s, TokenSpan phrase) {
        Optional<ResolvedSpeaker> r = lookup.resolve(s, phrase);
        return r.isPresent() ? r : DescribedSpeakers.resolve(doc, lookup, found, count, s, phrase);
    }
}
