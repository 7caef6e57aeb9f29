package org.positionstracker.extract.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.attribution.ResolvedSpeaker;

class DocumentSourcesTests {
    private static Optional<ResolvedSpeaker> source(String text, String phrase, List<ExtractedStatement> found) {
        PhraseFixture.Found f = PhraseFixture.find(text, phrase);
        return DocumentSources.resolve(PhraseFixture.NAMES, found, found.size(), f.sentence(), f.phrase());
    }

    private static String issuer(String text, String phrase) {
        return source(text, phrase, List.of()).orElseThrow().ref().canonicalName();
    }

    @Test
    void nameBeforeTheNoun_isTheIssuer() {
        String text = "Turnout will fall, according to a new Halvorsen Institute poll.";
        ResolvedSpeaker r = source(text, "a new Halvorsen Institute poll", List.of()).orElseThrow();

        assertEquals("Halvorsen Institute", r.ref().canonicalName());
        assertEquals(ActorKind.ORGANISATION, r.ref().kind());
        assertEquals("a new Halvorsen Institute poll", r.mention().coveredText(text));
    }

    @Test
    void acronymBeforePluralNoun_isTheIssuer() {
        assertEquals("FEC", issuer("FEC filings show the fund spent more.", "FEC filings"));
    }

    @Test
    void possessiveBeforeTheNoun_isTheIssuer() {
        assertEquals("Marta Lind", issuer("Marta Lind's statement said the port would reopen.", "Marta Lind's statement"));
    }

    @Test
    void agentAfterTheNoun_isTheIssuer() {
        assertEquals("Crowdpac", issuer("An analysis of donations by Crowdpac found the fund grew.", "An analysis of donations by Crowdpac"));
    }

    @Test
    void documentAfterOf_givesItsIssuer() {
        assertEquals("Halvorsen Institute",
                issuer("The results of the latest Halvorsen Institute survey show a tie.", "The results of the latest Halvorsen Institute survey"));
    }

    @Test
    void possessivePronoun_isItsAntecedent() {
        String text = "Marta Lind said she would run. Her tax returns show a large gift.";
        ExtractedStatement earlier = PhraseFixture.said(text, "she would run", PhraseFixture.person("Marta Lind"), "Marta Lind");

        assertEquals("Marta Lind", source(text, "Her tax returns", List.of(earlier)).orElseThrow().ref().canonicalName());
    }

    @Test
    void documentNamingNoIssuer_isNoOne() {
        assertTrue(source("According to a new poll, turnout will fall.", "a new poll", List.of()).isEmpty());
        assertTrue(source("The lawsuit says the port was closed unlawfully.", "The lawsuit", List.of()).isEmpty());
    }

    @Test
    void capitalisedDocumentWordInAName_isNoDocument() {
        PhraseFixture.Found f = PhraseFixture.find("The court ruled. The Northbridge Post said the ruling was fair.", "The Northbridge Post");
        assertTrue(!DocumentSources.document(f.sentence(), f.phrase()));
    }

    @Test
    void phraseWithoutDocumentNoun_isNoDocument() {
        PhraseFixture.Found f = PhraseFixture.find("Harbour pilots said the channel was shallow.", "Harbour pilots");
        assertTrue(!DocumentSources.document(f.sentence(), f.phrase()));
    }
}
