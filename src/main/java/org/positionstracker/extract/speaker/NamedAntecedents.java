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
 * quotation marks (a lone capitalised first word only when the article also writes it mid-sentence);
 * people the pronoun cannot stand for ({@link Gender}) are left out; empty when that sentence
 * names no one else or more than one person.
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
            String p = s.word(pronoun.from()).lower();
            people.removeIf(r -> Gender.contradicts(doc.text(), found, count, r, p));     // "Ann Reed met Tom Vale, and she said"
            if (people.size() != 1) return Optional.empty();
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
            // a lone capitalised first word is as often no name ("Early", "Later"), unless written so mid-sentence too
            if (last > k && !(k == 0 && last == 1 && !nameElsewhere(doc.text(), s.word(0).text()))) {
                lookup.resolve(s, new TokenSpan(k, last)).map(ResolvedSpeaker::ref)
                        .filter(r -> r.kind() == ActorKind.PERSON && !people.contains(r)).ifPresent(people::add);
            }
            k = end;
        }
    }

    /** True when the article writes the word capitalised after a lower-case word ("... said Reed"), as names are. */
    private static boolean nameElsewhere(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (end < text.length() && Character.isLetter(text.charAt(end))) continue;
            if (at >= 2 && text.charAt(at - 1) == ' ' && Character.isLowerCase(text.charAt(at - 2))) return true;
        }
        return false;
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
