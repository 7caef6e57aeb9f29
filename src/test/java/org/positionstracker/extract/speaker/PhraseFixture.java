package org.positionstracker.extract.speaker;

import java.util.List;
import java.util.Optional;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.DocumentBuilder;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.attribution.SpeakerLookup;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.statement.Mode;

/** Short invented texts, the words of a phrase in them, and a lookup that knows a few names. */
final class PhraseFixture {
    /** Phrases of capitalised words (and "of" inside) are people (a possessive ending dropped), except names ending in "Institute" (organisations); anything else is no one. */
    static final SpeakerLookup NAMES = (s, phrase) -> {
        for (int k = phrase.from(); k < phrase.to(); k++) if (!s.word(k).capitalised() && !s.word(k).is("'s") && !(s.word(k).is("of") && k > phrase.from())) return Optional.empty();
        String text = Phrases.text(s, phrase.from(), phrase.to()).replaceAll("'s$", "");
        ActorKind kind = text.endsWith("Institute") ? ActorKind.ORGANISATION : ActorKind.PERSON;
        return Optional.of(new ResolvedSpeaker(new SpeakerRef(text, kind, null, null, false), Phrases.span(s, phrase)));
    };

    private PhraseFixture() {
    }

    /** The sentence of {@code doc} that holds {@code words}, and the words' token span in it. */
    record Found(Document doc, DocSentence sentence, TokenSpan phrase) {
    }

    static Found find(String text, String words) {
        return find(text, words, 0);
    }

    /** The {@code n}-th (0-based) occurrence of {@code words} as whole words in {@code text}. */
    static Found find(String text, String words, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            do at = text.indexOf(words, at + 1);
            while (at >= 0 && !wholeWords(text, at, at + words.length()));
        }
        if (at < 0) throw new IllegalArgumentException("not in the text: " + words);
        Document doc = DocumentBuilder.build(text);
        for (DocSentence s : doc.sentences()) {
            if (s.span().start() > at || s.span().end() < at + words.length()) continue;
            int from = s.wordAt(at);
            int to = s.wordAt(at + words.length());
            return new Found(doc, s, new TokenSpan(from, to));
        }
        throw new IllegalArgumentException("no sentence holds: " + words);
    }

    private static boolean wholeWords(String text, int from, int to) {
        return (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1))) && (to == text.length() || !Character.isLetterOrDigit(text.charAt(to)));
    }

    /** A statement over {@code words} in {@code text} by {@code speaker}, reached through the mention {@code mention} (its first occurrence). */
    static ExtractedStatement said(String text, String words, SpeakerRef speaker, String mention) {
        int at = text.indexOf(words);
        int m = mention == null ? -1 : text.indexOf(mention);
        TextSpan mentionSpan = m < 0 ? null : new TextSpan(m, m + mention.length());
        return new ExtractedStatement(1, Mode.INDIRECT, new TextSpan(at, at + words.length()), words, speaker, mentionSpan, null, List.of(), "test");
    }

    static SpeakerRef person(String name) {
        return new SpeakerRef(name, ActorKind.PERSON, null, null, false);
    }
}
