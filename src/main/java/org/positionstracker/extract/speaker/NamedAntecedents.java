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
import org.positionstracker.extract.doc.Quotation;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * "he" or "she" that no earlier speaker can stand for is the person named in the nearest sentence
 * that names any (its own sentence before it, then up to {@link #SENTENCES_BACK} sentences back,
 * within this paragraph and the one before), as the lookup resolves the capitalised names outside
 * quotation marks (a lone capitalised first word aside); empty when that sentence names more than
 * one person, or when the article called that person by the other pronoun.
 */
public final class NamedAntecedents {
    static final int SENTENCES_BACK = 3;

    private NamedAntecedents() {
    }

    /** The person {@code pronoun} stands for; {@code found} holds the statements found so far, the first {@code count} before it. */
    public static Optional<ResolvedSpeaker> resolve(Document doc, SpeakerLookup lookup, List<ExtractedStatement> found, int count,
                                                    DocSentence s, TokenSpan pronoun) {
        if (pronoun.size() != 1 || !s.word(pronoun.from()).is("he") && !s.word(pronoun.from()).is("she")) return Optional.empty();
        for (int i = s.index(); i >= Math.max(0, s.index() - SENTENCES_BACK); i--) {
            DocSentence t = doc.sentences().get(i);
            if (t.paragraph() < s.paragraph() - 1) break;
            List<SpeakerRef> people = new ArrayList<>();
            collect(doc, lookup, t, i == s.index() ? pronoun.from() : t.size(), people);
            if (people.isEmpty()) continue;
            if (people.size() > 1 || Gender.contradicts(doc.text(), found, count, people.get(0), s.word(pronoun.from()).lower())) return Optional.empty();
            return Optional.of(new ResolvedSpeaker(people.get(0), Phrases.span(s, pronoun)));
        }
        return Optional.empty();
    }

    /** Adds each distinct person named by a run of capitalised words outside quotations before word {@code to}. */
    private static void collect(Document doc, SpeakerLookup lookup, DocSentence s, int to, List<SpeakerRef> people) {
        boolean[] quoted = quoted(doc, s);
        int k = 0;
        while (k < to) {
            if (!s.word(k).capitalised() || quoted[k]) {
                k++;
                continue;
            }
            int end = k;
            while (end < to && !quoted[end] && (s.word(end).capitalised() || s.word(end).is("'s") || s.word(end).isPunct('.') && end > k)) end++;
            int last = end;
            while (last > k && !s.word(last - 1).word()) last--;
            if (last > k && !(k == 0 && last == 1)) {      // a lone capitalised first word is as often no name ("Early", "Later")
                lookup.resolve(s, new TokenSpan(k, last)).map(ResolvedSpeaker::ref)
                        .filter(r -> r.kind() == ActorKind.PERSON && !people.contains(r)).ifPresent(people::add);
            }
            k = end;
        }
    }

    /** Which words of the sentence stand inside quotation marks. */
    private static boolean[] quoted(Document doc, DocSentence s) {
        boolean[] out = new boolean[s.size()];
        for (Quotation q : doc.quotations()) {
            if (q.marks().end() <= s.span().start() || q.marks().start() >= s.span().end()) continue;
            for (int k = 0; k < s.size(); k++) if (q.marks().contains(s.word(k).span())) out[k] = true;
        }
        return out;
    }
}
