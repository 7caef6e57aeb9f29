package org.positionstracker.extract.speaker;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.attribution.Pronouns;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.attribution.SpeakerLookup;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * A speaker phrase of a rule or sieve, resolved in order: its edge adverbs trimmed
 * ({@link PhraseTrim}); a pronoun as the latest fitting speaker ({@link Pronouns}), else the one
 * person named just before it ({@link NamedAntecedents}); "who"/"which" after a comma as the phrase
 * before it ({@link RelativeAntecedents}); "I", "we" and capitalised function words ("When", "There")
 * as no one; a document as its issuer ({@link DescribedSpeakers}) before the lookup is asked; a
 * "the ..." phrase the lookup makes a group ("the senator") as the person it describes when
 * {@link Epithets} finds one; anything else through the lookup, else as a description
 * ({@link DescribedSpeakers}). Empty when nobody.
 */
public final class SpeakerPhrases {
    private static final Set<String> NON_NAMES = Lexicons.words(Phrases.DIR + "speaker-non-names.txt");

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
        if (phrase.size() == 1 && NON_NAMES.contains(s.word(phrase.from()).lower())) return Optional.empty();
        // a document is read before the lookup, which would take "a poll released Thursday" for "Thursday"
        if (DocumentSources.document(s, phrase)) return DescribedSpeakers.resolve(doc, lookup, found, count, s, phrase);
        Optional<ResolvedSpeaker> r = lookup.resolve(s, phrase);
        if (r.isPresent() && r.get().ref().kind() == ActorKind.GROUP && s.word(phrase.from()).is("the")) {
            Optional<ResolvedSpeaker> described = Epithets.resolve(doc.text(), found, count, s, phrase);    // "the senator" who spoke before
            if (described.isPresent()) return described;
        }
        return r.isPresent() ? r : DescribedSpeakers.resolve(doc, lookup, found, count, s, phrase);
    }
}
