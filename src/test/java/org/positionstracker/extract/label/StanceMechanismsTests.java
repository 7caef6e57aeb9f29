package org.positionstracker.extract.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.SpeakerRef;

/** Stance rules for topics decided by the generic cues (no frame of the topic in the statement), on invented sentences. */
class StanceMechanismsTests {
    private static final SpeakerRef KYIV_OFFICIAL = new SpeakerRef("Olena Marchuk", ActorKind.PERSON, "Ukraine", "minister", false);
    private static final SpeakerRef MOSCOW_OFFICIAL = new SpeakerRef("Sergey Lavrov", ActorKind.PERSON, "Russia", "minister", true);

    private static String stance(SpeakerRef speaker, String sentence, String topic) {
        return ClaimLabelerTests.stances(speaker, null, sentence).get(topic);
    }

    @Test
    void supportRequiredOfAnotherParty_demands() {
        assertEquals("demands", stance(KYIV_OFFICIAL, "The minister called on the allies to welcome the peace talks.", "negotiations"));
        assertEquals("demands", stance(KYIV_OFFICIAL, "He urged the Europeans to back the talks.", "negotiations"));
    }

    @Test
    void demandInMainClause_doesNotGovernSupportInSubordinateClause() {
        assertEquals("supports", stance(KYIV_OFFICIAL, "We must stay strong because our partners welcome the talks.", "negotiations"));
    }

    @Test
    void keywordInsideStrictCondition_isWhatTheSpeakerRequires() {
        var s = ClaimLabelerTests.stances(KYIV_OFFICIAL, null,
                "We will sign a treaty only if the security guarantees are ratified by parliaments.");
        assertEquals("demands", s.get("security-guarantees"));
        assertEquals("conditional", s.get("peace-plan"));
    }

    @Test
    void keywordInsideStrictCondition_withNoOtherTopic_staysConditional() {
        assertEquals("conditional", stance(KYIV_OFFICIAL, "We will reopen the port only if the security guarantees are ratified.", "security-guarantees"));
    }

    @Test
    void keywordNarrowedByRelativeClause_takesAPositionOnConditions() {
        assertEquals("conditional", stance(KYIV_OFFICIAL, "We would back any truce that our soldiers can verify.", "ceasefire-conditions"));
        assertEquals("conditional", stance(KYIV_OFFICIAL, "We will not accept any plan that leaves our cities unprotected.", "peace-plan"));
    }

    @Test
    void keywordNarrowedByRelativeClause_withoutACueBeforeIt_staysNeutral() {
        assertEquals("neutral", stance(KYIV_OFFICIAL, "Officials studied any proposal that arrived from the mediators.", "peace-plan"));
    }

    @Test
    void anotherPartyAsSubject_reportsItsPosition_neutral() {
        assertEquals("neutral", stance(KYIV_OFFICIAL, "Moscow suddenly became interested in negotiations after the setbacks.", "negotiations"));
    }

    @Test
    void ownPartyAsSubject_isTheSpeakersPosition() {
        assertEquals("supports", stance(KYIV_OFFICIAL, "Kyiv is interested in negotiations after the setbacks.", "negotiations"));
    }

    @Test
    void pastRequirementOnADocument_isConditionalOnIt() {
        assertEquals("conditional", stance(MOSCOW_OFFICIAL, "Any agreement had to respect the rights of both peoples.", "peace-plan"));
    }

    @Test
    void renouncingWhatTheTopicNames_opposes_evenWhenDemanded() {
        assertEquals("opposes", stance(KYIV_OFFICIAL, "Moscow must renounce its claims to the regions.", "territory"));
    }

    @Test
    void asLongAsWithAVerbOfLasting_isASpanOfTime_notACondition() {
        assertEquals("supports", stance(KYIV_OFFICIAL, "We will keep the sanctions as long as the occupation continues.", "sanctions"));
        assertEquals("supports", stance(KYIV_OFFICIAL, "Sanctions will stay in place so long as Russian soldiers remain on our soil.", "sanctions"));
    }

    @Test
    void asLongAsWithoutAVerbOfLasting_isStillACondition() {
        assertEquals("conditional", stance(KYIV_OFFICIAL, "We will keep talking as long as Moscow negotiates in good faith.", "negotiations"));
    }

    @Test
    void refusalUnderAPlainCondition_staysARefusal() {
        assertEquals("supports", stance(KYIV_OFFICIAL, "The bloc will not lift the sanctions if the shelling of cities goes on.", "sanctions"));
    }

    @Test
    void whatAThingIsCalled_judgesIt() {
        assertEquals("opposes", stance(KYIV_OFFICIAL, "This truce is a trap.", "ceasefire-conditions"));
        assertEquals("supports", stance(KYIV_OFFICIAL, "Yesterday's summit was a breakthrough.", "negotiations"));
    }

    @Test
    void needingWhatTheClaimOffers_demandsIt() {
        assertEquals("demands", stance(KYIV_OFFICIAL, "We need binding security guarantees.", "security-guarantees"));
    }

    @Test
    void notNeedingIt_opposes() {
        assertEquals("opposes", stance(KYIV_OFFICIAL, "Kyiv does not need foreign troops on its soil.", "security-guarantees"));
    }

    @Test
    void statementWithoutATopic_continuesOnlyTheLeadingTopicOfTheSpeakersSentenceBefore() {
        SpeakerRef envoy = new SpeakerRef("Marta Kovalenko", ActorKind.PERSON, null, "envoy", false);
        var s = ClaimLabelerContextTests.stances(envoy, "Nobody should expect miracles this week",
                "Kovalenko said a ceasefire was the first item, ahead of sanctions and the next round of talks.",
                " \"Nobody should expect miracles this week,\" she said.");
        assertEquals(java.util.Set.of("ceasefire-conditions"), s.keySet());
    }

    @Test
    void ifOnWhatTheOtherSideWants_putsADemand_notACondition() {
        assertEquals("demands", stance(MOSCOW_OFFICIAL, "If Kyiv wants peace, it must give up the occupied regions.", "territory"));
        assertEquals("demands", stance(MOSCOW_OFFICIAL, "If they want a ceasefire, let them withdraw from the four regions.", "territory"));
    }

    @Test
    void ifOnWhatTheOtherSideDoes_staysACondition() {
        assertEquals("conditional", stance(MOSCOW_OFFICIAL, "If Kyiv withdraws from the four regions, we will accept a ceasefire.",
                "ceasefire-conditions"));
    }

    @Test
    void negationBeforeACoordinatedVerb_doesNotReachTheSecondVerbPhrase() {
        assertEquals("supports", stance(KYIV_OFFICIAL, "Kyiv would not accept ultimatums and proposed that the two presidents meet in Geneva.",
                "negotiations"));
        assertEquals("supports", stance(KYIV_OFFICIAL, "Kyiv would not accept the ultimatum and would prefer to meet in Geneva.", "negotiations"));
    }

    @Test
    void negationBeforeCoordinatedObjects_reachesBoth() {
        assertEquals("opposes", stance(KYIV_OFFICIAL, "We will never agree to cede and surrender our land.", "territory"));
    }

    @Test
    void refusingToAcceptADocumentByANameOfRejection_opposesIt() {
        assertEquals("opposes", stance(KYIV_OFFICIAL, "Kyiv will not accept ultimatums from anyone.", "peace-plan"));
    }

    @Test
    void denyingANameOfRejection_orRefusingAnAction_stillTurnsRound() {
        assertEquals("supports", stance(KYIV_OFFICIAL, "This plan is not a capitulation.", "peace-plan"));
        assertEquals("supports", stance(KYIV_OFFICIAL, "We will not lift the sanctions.", "sanctions"));
    }

    @Test
    void theAlliance_isNoSovereigntyTopic_butChoosingAlliancesIs() {
        assertEquals(null, stance(KYIV_OFFICIAL, "The alliance will hold its summit in July.", "sovereignty"));
        assertEquals(true, ClaimLabelerTests.stances(KYIV_OFFICIAL, null, "Only Ukrainians will choose their alliances.").containsKey("sovereignty"));
        assertEquals(true, ClaimLabelerTests.stances(KYIV_OFFICIAL, null, "Nobody else may decide our alliances.").containsKey("sovereignty"));
    }
}
