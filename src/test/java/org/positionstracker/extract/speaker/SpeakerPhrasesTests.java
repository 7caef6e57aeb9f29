package org.positionstracker.extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.attribution.SpeakerLookup;

class SpeakerPhrasesTests {
    /** Like the extractor's resolver on these shapes: a name anywhere in the phrase is the speaker; "the senator" is a group. */
    private static final SpeakerLookup LAST_NAME = (s, phrase) -> {
        if (s.word(phrase.from()).is("the") && s.word(phrase.to() - 1).is("senator")) {
            return Optional.of(new ResolvedSpeaker(new SpeakerRef("senator", ActorKind.GROUP, null, null, false), Phrases.span(s, phrase)));
        }
        for (int k = phrase.to() - 1; k >= phrase.from(); k--) {
            if (s.word(k).capitalised()) {
                return Optional.of(new ResolvedSpeaker(new SpeakerRef(s.word(k).text(), ActorKind.OTHER, null, null, false), Phrases.span(s, phrase)));
            }
        }
        return Optional.empty();
    };

    private static Optional<ResolvedSpeaker> resolve(String text, String phrase, List<ExtractedStatement> found) {
        PhraseFixture.Found f = PhraseFixture.find(text, phrase);
        return SpeakerPhrases.resolve(f.doc(), LAST_NAME, found, f.sentence(), f.phrase(), f.sentence().word(f.phrase().from()).span().start());
    }

    @Test
    void firstPersonOrFunctionWord_isNoOne() {
        assertTrue(resolve("I said the plan would fail.", "I", List.of()).isEmpty());
        assertTrue(resolve("There said nothing.", "There", List.of()).isEmpty());
    }

    @Test
    void documentWithoutIssuer_isNotReadByTheLookup() {
        assertTrue(resolve("A poll released Thursday says the toll is unpopular.", "A poll released Thursday", List.of()).isEmpty());
    }

    @Test
    void trailingTimeAfterName_isTrimmedBeforeTheLookup() {
        ResolvedSpeaker r = resolve("Reed on Thursday said the toll would go.", "Reed on Thursday", List.of()).orElseThrow();
        assertEquals("Reed", r.ref().canonicalName());
    }

    @Test
    void definiteRoleTheLookupMakesAGroup_isThePersonWhoSpoke() {
        String text = "Senator Ann Reed said the toll would go. The senator said it was unfair.";
        ExtractedStatement reed = PhraseFixture.said(text, "the toll would go", PhraseFixture.person("Ann Reed"), "Senator Ann Reed");

        assertEquals("Ann Reed", resolve(text, "The senator", List.of(reed)).orElseThrow().ref().canonicalName());
    }
}
