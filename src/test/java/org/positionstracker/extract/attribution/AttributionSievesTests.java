package org.positionstracker.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.positionstracker.extract.attribution.SieveFixture.attribute;
import static org.positionstracker.extract.attribution.SieveFixture.list;
import static org.positionstracker.extract.attribution.SieveFixture.said;
import static org.positionstracker.extract.attribution.SieveFixture.speaker;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;

/** One sieve at a time, on sentences written for the test. */
class AttributionSievesTests {

    @Test
    void quoteSpeakerVerb_takesTheSubjectBetweenQuoteAndVerb() {
        String text = "\u201CThe plan is a disaster,\u201D a smiling Garcia said before introducing the band.";

        var a = attribute(new QuoteSpeakerVerbSieve(), text);

        assertEquals("a smiling Garcia", speaker(a));
        assertEquals("said", a.orElseThrow().cue().coveredText(text));
    }

    @Test
    void quoteSpeakerVerb_skipsAnAppositiveBetweenCommas() {
        String text = "\u201CSupport is slipping,\u201D pollster Ann Lee, part of the team conducting the survey, told the station.";

        assertEquals("pollster Ann Lee", speaker(attribute(new QuoteSpeakerVerbSieve(), text)));
    }

    @Test
    void quoteSpeakerVerb_doesNotApplyWithoutASpeechVerb() {
        String text = "\u201CThe plan is a disaster,\u201D the headline of the local paper ran for weeks.";

        assertTrue(attribute(new QuoteSpeakerVerbSieve(), text).isEmpty());
    }

    @Test
    void quoteSpeakerVerb_resolvesAPronounToTheLastFittingSpeaker() {
        String text = "Ann Lee said the budget was late. \u201CWe will fix it soon,\u201D she said.";
        var before = list(said(text, "the budget was late", "Ann Lee", ActorKind.PERSON));

        assertEquals("Ann Lee", speaker(attribute(new QuoteSpeakerVerbSieve(), text, 0, before)));
    }

    @Test
    void quoteVerbSpeaker_takesTheInvertedSubject() {
        String text = "\u201CThe bridge will close in May,\u201D said Tom Reed, the city engineer.";

        assertEquals("Tom Reed", speaker(attribute(new QuoteVerbSpeakerSieve(), text)));
    }

    @Test
    void quoteVerbSpeaker_ignoresAPrepositionalPhraseAfterTheVerb() {
        String text = "\u201CThe bridge will close in May,\u201D said in a statement on Monday.";

        assertTrue(attribute(new QuoteVerbSpeakerSieve(), text).isEmpty());
    }

    @Test
    void speakerVerbQuote_takesTheSubjectBeforeTheVerb() {
        String text = "Tom Reed told reporters: \u201CThe bridge will close in May.\u201D";

        var a = attribute(new SpeakerVerbQuoteSieve(), text);

        assertEquals("Tom Reed", speaker(a));
        assertEquals("told", a.orElseThrow().cue().coveredText(text));
    }

    @Test
    void speakerVerbQuote_skipsAnAuxiliaryBesideTheVerb() {
        String text = "Reed has repeatedly said, \u201CThe bridge will close in May.\u201D";

        assertEquals("Reed", speaker(attribute(new SpeakerVerbQuoteSieve(), text)));
    }

    @Test
    void clauseVerbQuote_takesTheSubjectOfASpeechActWhoseObjectIsTheQuote() {
        String text = "Cole called the new timetable \u201Ca disgrace for every rider in this city.\u201D";

        var a = attribute(new ClauseVerbQuoteSieve(), text);

        assertEquals("Cole", speaker(a));
        assertEquals("called", a.orElseThrow().cue().coveredText(text));
    }

    @Test
    void clauseVerbQuote_givesAParticipleTheSubjectOpeningTheSentence() {
        String text = "After a long meeting, Ann Cole rallied her staff, saying: \u201CWe have to be ready for the vote.\u201D";

        assertEquals("Ann Cole", speaker(attribute(new ClauseVerbQuoteSieve(), text)));
    }

    @Test
    void clauseVerbQuote_doesNotGiveAPassiveQuestionToItsSubject() {
        String text = "Reed was asked, \u201CWould you have told her it was a bad idea?\u201D";

        assertTrue(attribute(new ClauseVerbQuoteSieve(), text).isEmpty());
    }

    @Test
    void clauseVerbQuote_doesNotReachIntoAnotherClause() {
        String text = "After Reed criticized the budget in a debate, Cole shot back, \u201CI chose to fix the roads first.\u201D";

        assertTrue(attribute(new ClauseVerbQuoteSieve(), text).isEmpty());
    }

    @Test
    void accordingToQuote_takesTheSourceBeforeTheComma() {
        String text = "According to the city engineer, \u201Cthe bridge will not open before May next year.\u201D";

        var a = attribute(new AccordingToQuoteSieve(), text);

        assertEquals("the city engineer", speaker(a));
        assertEquals("According to", a.orElseThrow().cue().coveredText(text));
    }

    @Test
    void sameSentenceSpeaker_takesTheSpeakerOfAStatementInTheSentence() {
        String text = "Reed said the fares would rise and called the plan \u201Ca fair deal for every rider in the city.\u201D";
        var before = list(said(text, "the fares would rise", "Tom Reed", ActorKind.PERSON));

        assertEquals("Tom Reed", speaker(attribute(new SameSentenceSpeakerSieve(), text, 0, before)));
    }

    @Test
    void continuedQuote_keepsThePreviousSpeakerForAQuoteOpeningTheNextSentence() {
        String text = "\u201CThe fares will rise,\u201D Reed said. \u201CNobody likes it, but the budget needs it.\u201D";
        var before = list(said(text, "The fares will rise", "Tom Reed", ActorKind.PERSON));

        assertEquals("Tom Reed", speaker(attribute(new ContinuedQuoteSieve(), text, 1, before)));
    }

    @Test
    void continuedQuote_doesNotReachOverAnUnrelatedSentence() {
        String text = "\u201CThe fares will rise,\u201D Reed said. The council meets on Monday. \u201CNobody likes it, but the budget needs it.\u201D";
        var before = list(said(text, "The fares will rise", "Tom Reed", ActorKind.PERSON));

        assertTrue(attribute(new ContinuedQuoteSieve(), text, 1, before).isEmpty());
    }

    @Test
    void unattributed_keepsTheQuotationWithNoSpeaker() {
        String text = "\u201CThe fares will rise and nobody can stop it,\u201D the leaflet read.";

        var a = attribute(new UnattributedSieve(), text);

        assertNull(a.orElseThrow().speaker());
    }

    @Test
    void defaultOrder_endsWithTheUnattributedSieveAndNamesAreUnique() {
        List<AttributionSieve> sieves = AttributionSieves.DEFAULT;
        Set<String> names = new HashSet<>();

        sieves.forEach(s -> names.add(s.name()));

        assertEquals(sieves.size(), names.size());
        assertTrue(sieves.get(sieves.size() - 1) instanceof UnattributedSieve, "a speech quotation must never be dropped");
    }
}
