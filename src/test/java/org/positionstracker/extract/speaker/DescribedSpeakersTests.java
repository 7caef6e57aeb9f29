package org.positionstracker.extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.positionstracker.extract.attribution.ResolvedSpeaker;

class DescribedSpeakersTests {
    private static Optional<ResolvedSpeaker> described(String text, String phrase) {
        PhraseFixture.Found f = PhraseFixture.find(text, phrase);
        return DescribedSpeakers.resolve(f.doc(), PhraseFixture.NAMES, List.of(), 0, f.sentence(), f.phrase());
    }

    @Test
    void documentWithoutIssuer_isNotTakenForAGroup() {
        assertTrue(described("Surveys of voters show a tie.", "Surveys of voters").isEmpty());
    }

    @Test
    void describedPeople_areAGroup() {
        assertEquals("harbour workers", described("Many harbour workers said the channel was shallow.", "Many harbour workers")
                .orElseThrow().ref().canonicalName());
    }
}
