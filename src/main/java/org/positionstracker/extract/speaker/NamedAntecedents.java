package org.positionstracker.extract.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.attribution.SpeakerLookup;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * "he" or "she" that no earlier speaker can stand for is the one person named before it in its
 * sentence or in the sentence before it in the same paragraph ("When Ann Reed spoke, she said ..."),
 * as the lookup resolves the capitalised names there (a lone capitalised first word aside); empty
 * when no one or more than one person is named, or when the article called that person by the other pronoun.
 */
public final class NamedAntecedents {
    private NamedAntecedents() {
    }

    /** The person {@code pronoun} stands for; {@code found} holds the statements found so far, the first {@code count} before it. */
    public static Optional<ResolvedSpeaker> resolve(Document doc, SpeakerLookup lookup, List<ExtractedStatement> found, int count,
                                                    DocSentence s, TokenSpan pronoun) {
        if (pronoun.size() != 1 || !s.word(pronoun.from()).is("he") && !s.word(pronoun.from()).is("she")) return Optional.empty();
        List<SpeakerRef> people = new ArrayList<>();
        if (s.index() > 0) {
            DocSentence previous = doc.sentences().get(s.index() - 1);
            if (previous.paragraph() == s.paragraph()) collect(lookup, previous, previous.size(), people);
        }
        collect(lookup, s, pronoun.from(), people);
        if (people.size() != 1 || Gender.contradicts(doc.text(), found, count, people.get(0), s.word(pronoun.from()).lower())) return Optional.empty();
        return Optional.of(new ResolvedSpeaker(people.get(0), Phrases.span(s, pronoun)));
    }

    /** Adds each distinct person named by a run of capitalised words before word {@code to}. */
    private static void collect(SpeakerLookup lookup, DocSentence s, int to, List<SpeakerRef> people) {
        int k = 0;
        while (k < to) {
            if (!s.word(k).capitalised()) {
                k++;
                continue;
            }
            int end = k;
            while (end < to && (s.word(end).capitalised() || s.word(end).is("'s") || s.word(end).isPunct('.') && end > k)) end++;
            int last = end;
            while (last > k && !s.word(last - 1).word()) last--;
            if (last > k && !(k == 0 && last == 1)) {      // a lone capitalised first word is as often no name ("Early", "Later")
                lookup.resolve(s, new TokenSpan(k, last)).map(ResolvedSpeaker::ref)
                        .filter(r -> r.kind() == ActorKind.PERSON && !people.contains(r)).ifPresent(people::add);
            }
            k = end;
        }
    }
}
