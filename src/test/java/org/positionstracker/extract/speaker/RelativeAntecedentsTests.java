package org.positionstracker.extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.positionstracker.extract.attribution.ResolvedSpeaker;

class RelativeAntecedentsTests {
    private static Optional<ResolvedSpeaker> antecedent(String text, String relative) {
        PhraseFixture.Found f = PhraseFixture.find(text, relative);
        return RelativeAntecedents.resolve(f.sentence(), f.phrase(), p -> PhraseFixture.NAMES.resolve(f.sentence(), p));
    }

    @Test
    void whoAfterComma_isTheNameBeforeIt() {
        String text = "The board heard from Mayor Ann Reed of Lyon, who said the port would reopen.";
        ResolvedSpeaker r = antecedent(text, "who").orElseThrow();

        assertEquals("Mayor Ann Reed of Lyon", r.ref().canonicalName());
        assertEquals("who", r.mention().coveredText(text));
    }

    @Test
    void whoAfterDash_isTheNameBeforeIt() {
        assertEquals("Tom Vale", antecedent("Tom Vale - who chairs the board - said the port would reopen.", "who").orElseThrow().ref().canonicalName());
    }

    @Test
    void relativeWithoutCommaOrAntecedent_isNoOne() {
        assertTrue(antecedent("The man who chairs the board said the port would reopen.", "who").isEmpty());
        assertTrue(antecedent("It rained all day, which said nothing.", "which").isEmpty());
    }
}
