package org.positionstracker.extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.attribution.ResolvedSpeaker;

class NamedAntecedentsTests {
    private static Optional<ResolvedSpeaker> antecedent(String text, String pronoun, int n, List<ExtractedStatement> found) {
        PhraseFixture.Found f = PhraseFixture.find(text, pronoun, n);
        return NamedAntecedents.resolve(f.doc(), PhraseFixture.NAMES, found, found.size(), f.sentence(), f.phrase());
    }

    @Test
    void onePersonNamedEarlierInTheSentence_isThePronoun() {
        String text = "After a visit by Marta Lind to the port, she promised a new quay.";
        ResolvedSpeaker r = antecedent(text, "she", 0, List.of()).orElseThrow();

        assertEquals("Marta Lind", r.ref().canonicalName());
        assertEquals("she", r.mention().coveredText(text));
    }

    @Test
    void onePersonNamedInThePreviousSentence_isThePronoun() {
        String text = "The visit by Marta Lind lasted an hour. She promised a new quay.";
        assertEquals("Marta Lind", antecedent(text, "She", 0, List.of()).orElseThrow().ref().canonicalName());
    }

    @Test
    void personNamedTwoSentencesBack_isThePronoun_whenNoNearerSentenceNamesAnyone() {
        String text = "The visit by Marta Lind lasted an hour. The port was quiet. She promised a new quay.";
        assertEquals("Marta Lind", antecedent(text, "She", 0, List.of()).orElseThrow().ref().canonicalName());
    }

    @Test
    void nameInsideAQuotation_isNoAntecedent() {
        String text = "The crowd chanted \"Victor Hale must go\" at the port. She promised a new quay.";
        assertTrue(antecedent(text, "She", 0, List.of()).isEmpty());
    }

    @Test
    void twoPeopleNamed_theOneWhoseGivenNameFitsThePronoun_isIt() {
        String text = "Susan Berg met Thomas Vale at the port, and she promised a new quay.";
        assertEquals("Susan Berg", antecedent(text, "she", 0, List.of()).orElseThrow().ref().canonicalName());
    }

    @Test
    void loneFirstWordWrittenAsANameElsewhere_isAnAntecedent() {
        String text = "The port was visited by Reed. Reed toured the quay, and later he promised a new one.";
        assertEquals("Reed", antecedent(text, "he", 0, List.of()).orElseThrow().ref().canonicalName());
    }

    @Test
    void twoPeopleNamed_isNoOne() {
        String text = "Marta Lind met Victor Hale at the port, and she promised a new quay.";
        assertTrue(antecedent(text, "she", 0, List.of()).isEmpty());
    }

    @Test
    void personCalledByTheOtherPronoun_isNoOne() {
        String text = "Victor Hale spoke first. He said the quay was old. Once the talks with Victor Hale ended, she promised a new one.";
        ExtractedStatement hale = PhraseFixture.said(text, "the quay was old", PhraseFixture.person("Victor Hale"), "He");

        assertTrue(antecedent(text, "she", 0, List.of(hale)).isEmpty());
    }

    @Test
    void loneCapitalisedFirstWord_isNoName() {
        assertTrue(antecedent("Later he promised a new quay.", "he", 0, List.of()).isEmpty());
    }
}
