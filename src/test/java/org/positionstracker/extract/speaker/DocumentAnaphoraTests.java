package org.positionstracker.extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.statement.Mode;

class DocumentAnaphoraTests {
    private static Optional<ResolvedSpeaker> anaphor(String text, String phrase, List<ExtractedStatement> found) {
        PhraseFixture.Found f = PhraseFixture.find(text, phrase);
        return DocumentAnaphora.resolve(f.doc(), PhraseFixture.NAMES, found, found.size(), f.sentence(), f.phrase());
    }

    @Test
    void definiteDocument_isTheIssuerOfTheEarlierMention() {
        String text = "A new Halvorsen Institute poll found a tie. Turnout will fall, according to the poll.";
        ResolvedSpeaker r = anaphor(text, "the poll", List.of()).orElseThrow();

        assertEquals("Halvorsen Institute", r.ref().canonicalName());
        assertEquals("the poll", r.mention().coveredText(text));
    }

    @Test
    void pluralAndSingular_areTheSameDocument() {
        String text = "Halvorsen Institute polls found a tie. The new poll also showed turnout falling.";
        assertEquals("Halvorsen Institute", anaphor(text, "The new poll", List.of()).orElseThrow().ref().canonicalName());
    }

    @Test
    void documentACueWasGivenIn_isThatSpeakers() {
        String text = "Marta Lind said in a statement that the port would reopen. The statement added that fees would rise.";
        int at = text.indexOf("said");
        ExtractedStatement lind = new ExtractedStatement(1, Mode.INDIRECT, new TextSpan(text.indexOf("the port"), text.indexOf(". The")),
                "the port would reopen", PhraseFixture.person("Marta Lind"), new TextSpan(0, 10), new TextSpan(at, at + 4), List.of(), "test");

        assertEquals("Marta Lind", anaphor(text, "The statement", List.of(lind)).orElseThrow().ref().canonicalName());
    }

    @Test
    void latestMentionWithoutIssuer_isNoOne_evenIfAnOlderOneHasOne() {
        String text = "A Halvorsen Institute poll found a tie. A second poll found a lead. Turnout will fall, according to the poll.";
        assertTrue(anaphor(text, "the poll", List.of()).isEmpty());
    }

    @Test
    void indefiniteOrNoEarlierMention_isNoOne() {
        assertTrue(anaphor("Turnout will fall, according to the poll.", "the poll", List.of()).isEmpty());
        assertTrue(anaphor("A Halvorsen Institute poll found a tie. A poll also showed a lead.", "A poll", List.of()).isEmpty());
    }
}
