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

class EpithetsTests {
    private static Optional<ResolvedSpeaker> epithet(String text, String phrase, List<ExtractedStatement> found) {
        PhraseFixture.Found f = PhraseFixture.find(text, phrase);
        return Epithets.resolve(text, found, found.size(), f.sentence(), f.phrase());
    }

    @Test
    void personDescription_isTheLatestPersonSpeaker() {
        String text = "Victor Hale said he would build the tower. The billionaire developer said the permits were ready.";
        ExtractedStatement hale = PhraseFixture.said(text, "he would build the tower", PhraseFixture.person("Victor Hale"), "Victor Hale");

        ResolvedSpeaker r = epithet(text, "The billionaire developer", List.of(hale)).orElseThrow();

        assertEquals("Victor Hale", r.ref().canonicalName());
        assertEquals("The billionaire developer", r.mention().coveredText(text));
    }

    @Test
    void noEarlierSpeaker_isNoOne() {
        assertTrue(epithet("The billionaire developer said the permits were ready.", "The billionaire developer", List.of()).isEmpty());
    }

    @Test
    void genderContradictedByPronoun_isNoOne() {
        String text = "He said the tower would rise. The actress said the permits were ready.";
        ExtractedStatement hale = PhraseFixture.said(text, "the tower would rise", PhraseFixture.person("Victor Hale"), "He");

        assertTrue(epithet(text, "The actress", List.of(hale)).isEmpty());
    }

    @Test
    void twoPeopleSpokeBefore_isNoOne() {
        String text = "Victor Hale said the tower would rise. Ann Moss said it would not. The developer said the permits were ready.";
        ExtractedStatement hale = PhraseFixture.said(text, "the tower would rise", PhraseFixture.person("Victor Hale"), "Victor Hale");
        ExtractedStatement moss = PhraseFixture.said(text, "it would not", PhraseFixture.person("Ann Moss"), "Ann Moss");

        assertTrue(epithet(text, "The developer", List.of(hale, moss)).isEmpty());
    }

    @Test
    void twoPeopleSpokeBefore_theOneIntroducedWithTheDescription_isIt() {
        String text = "Billionaire developer Victor Hale said the tower would rise. Ann Moss said it would not. The billionaire developer said the permits were ready.";
        ExtractedStatement hale = PhraseFixture.said(text, "the tower would rise", PhraseFixture.person("Victor Hale"), "Victor Hale");
        ExtractedStatement moss = PhraseFixture.said(text, "it would not", PhraseFixture.person("Ann Moss"), "Ann Moss");

        assertEquals("Victor Hale", epithet(text, "The billionaire developer", List.of(hale, moss)).orElseThrow().ref().canonicalName());
    }

    @Test
    void officeTheSpeakerDoesNotHold_isNoOne() {
        String text = "Gov. Ann Moss said the bridge would open. The senator said the permits were ready.";
        SpeakerRef moss = new SpeakerRef("Ann Moss", ActorKind.PERSON, null, "Gov.", false);
        ExtractedStatement st = PhraseFixture.said(text, "the bridge would open", moss, "Gov. Ann Moss");

        assertTrue(epithet(text, "The senator", List.of(st)).isEmpty());
    }

    @Test
    void officeTheSpeakerHolds_isThatSpeaker() {
        String text = "Sen. Ann Moss said the bridge would open. The senator said the permits were ready.";
        SpeakerRef moss = new SpeakerRef("Ann Moss", ActorKind.PERSON, null, "Sen.", false);
        ExtractedStatement st = PhraseFixture.said(text, "the bridge would open", moss, "Sen. Ann Moss");

        assertEquals("Ann Moss", epithet(text, "The senator", List.of(st)).orElseThrow().ref().canonicalName());
    }

    @Test
    void outletDescription_isTheLatestOutlet() {
        String text = "The Northbridge Gazette reported the mill would close. The newspaper said 200 jobs would go.";
        SpeakerRef gazette = new SpeakerRef("Northbridge Gazette", ActorKind.MEDIA, null, null, false);
        ExtractedStatement report = PhraseFixture.said(text, "the mill would close", gazette, "The Northbridge Gazette");

        assertEquals("Northbridge Gazette", epithet(text, "The newspaper", List.of(report)).orElseThrow().ref().canonicalName());
    }

    @Test
    void unlistedHeadOrIndefinite_isNoOne() {
        String text = "Victor Hale said he would build the tower. The neighbour said the permits were ready. A developer said no.";
        ExtractedStatement hale = PhraseFixture.said(text, "he would build the tower", PhraseFixture.person("Victor Hale"), "Victor Hale");

        assertTrue(epithet(text, "The neighbour", List.of(hale)).isEmpty());
        assertTrue(epithet(text, "A developer", List.of(hale)).isEmpty());
    }
}
