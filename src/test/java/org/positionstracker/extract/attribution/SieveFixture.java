package org.positionstracker.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.DocumentBuilder;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.extract.doc.Quotation;
import org.positionstracker.statement.Mode;

/** Runs one sieve on a quotation of a short text; every phrase resolves to a person named by its words. */
final class SieveFixture {
    static final SpeakerLookup WORDS_AS_NAME = (s, phrase) -> {
        TextSpan span = new TextSpan(s.word(phrase.from()).span().start(), s.word(phrase.to() - 1).span().end());
        String text = s.words().subList(phrase.from(), phrase.to()).stream().map(w -> w.text()).reduce((a, b) -> a + " " + b).orElseThrow();
        return Optional.of(new ResolvedSpeaker(new SpeakerRef(text, ActorKind.PERSON, null, null, false), span));
    };

    private SieveFixture() {
    }

    /** The sieve's answer for the {@code n}-th quotation (0-based) of {@code text}, given statements found before. */
    static Optional<Attribution> attribute(AttributionSieve sieve, String text, int n, List<ExtractedStatement> found) {
        Document doc = DocumentBuilder.build(text);
        Quotation q = doc.quotations().get(n);
        return sieve.attribute(new SieveInput(doc, q, found, WORDS_AS_NAME));
    }

    static Optional<Attribution> attribute(AttributionSieve sieve, String text) {
        return attribute(sieve, text, 0, List.of());
    }

    /** A direct statement by a person over the first occurrence of {@code words} in {@code text}. */
    static ExtractedStatement said(String text, String words, String speaker, ActorKind kind) {
        int at = text.indexOf(words);
        Document doc = DocumentBuilder.build(text);
        int number = 1;
        for (var s : doc.sentences()) if (s.span().start() <= at) number = s.number();
        return new ExtractedStatement(number, Mode.DIRECT, new TextSpan(at, at + words.length()), words,
                new SpeakerRef(speaker, kind, null, null, false), null, null, List.of(), "test");
    }

    static String speaker(Optional<Attribution> a) {
        return a.orElseThrow().speaker() == null ? null : a.orElseThrow().speaker().canonicalName();
    }

    static List<ExtractedStatement> list(ExtractedStatement... statements) {
        return new ArrayList<>(List.of(statements));
    }
}
