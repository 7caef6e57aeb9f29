package org.positionstracker.extract.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.TextSpan;

/** Claims, frames, negation, modality, conditions and back-references, on invented sentences. */
class ClaimLabelerTests {
    private static final ClaimLabeler LABELER = new ClaimLabeler(CodebookLoader.bundled());
    private static final SpeakerRef KYIV_OFFICIAL = new SpeakerRef("Olena Marchuk", ActorKind.PERSON, "Ukraine", "minister", false);
    private static final SpeakerRef MINISTER = new SpeakerRef("Sergey Lavrov", ActorKind.PERSON, "Russia", "minister", true);
    private static final SpeakerRef MOSCOW = new SpeakerRef("Russia", ActorKind.GOVERNMENT, null, null, true);

    /** Stances by topic slug of {@code content} (the whole last sentence when null) after the preceding sentences. */
    static Map<String, String> stances(SpeakerRef speaker, String content, String... sentences) {
        String[] pieces = new String[sentences.length];
        for (int k = 0; k < sentences.length; k++) pieces[k] = (k == 0 ? "" : " ") + sentences[k];
        return ClaimLabelerContextTests.stances(speaker, content == null ? sentences[sentences.length - 1] : content, pieces);
    }

    static Map<String, String> stances(String sentence) {
        return stances(KYIV_OFFICIAL, null, sentence);
    }

    @Test
    void forFrame_withoutModifiers_supportsTheClaim() {
        assertEquals("supports", stances("The government is ready to cede the disputed territory for a lasting peace.").get("territory"));
    }

    @Test
    void againstFrame_opposesTheClaim() {
        assertEquals("opposes", stances("Our borders remain intact and we will defend them.").get("territory"));
    }

    @Test
    void negatedForFrame_opposes_evenWithWordsBetweenNegationAndFrame() {
        assertEquals("opposes", stances("We will never agree to surrender territory.").get("territory"));
        assertEquals("opposes", stances("No responsible leader would sign a paper that hands land to the invader.").get("territory"));
    }

    @Test
    void lemmas_matchInflectedKeywordsAndFrames() {
        assertEquals("opposes", stances("The president has not ceded and will not be ceding anything.").get("territory"));
    }

    @Test
    void denialAfterFrame_opposes() {
        assertEquals("opposes", stances("Giving up the eastern regions is out of the question.").get("territory"));
    }

    @Test
    void mustBeforeForFrame_demands() {
        assertEquals("demands", stances(MOSCOW, null, "The other side must withdraw its troops from the four regions.").get("territory"));
    }

    @Test
    void mustBeforeAgainstFrame_staysOpposes() {
        assertEquals("opposes", stances("The borders must remain intact.").get("territory"));
    }

    @Test
    void threatToTakeByForce_demands() {
        assertEquals("demands", stances(MOSCOW, null, "We will take the territory by force.").get("territory"));
    }

    @Test
    void onlyIfCondition_makesAgreementConditional() {
        Map<String, String> s = stances(MOSCOW, null, "We could accept a ceasefire, but only if the foreign troops are gone.");
        assertEquals("conditional", s.get("ceasefire-conditions"));
    }

    @Test
    void withoutThatNo_isACondition() {
        assertEquals("conditional", stances(MOSCOW, null, "Without that, no ceasefire is possible.").get("ceasefire-conditions"));
    }

    @Test
    void refusalUnderATimeCondition_staysOpposes() {
        assertEquals("opposes", stances("As long as I am in office, this country will never give up land.").get("territory"));
    }

    @Test
    void backReference_it_takesThePlanFromThePrecedingSentence() {
        Map<String, String> s = stances(MINISTER, "it could form the basis for a settlement, but only if the troops pull out",
                "The envoy presented a new peace plan on Monday.",
                "The minister said it could form the basis for a settlement, but only if the troops pull out.");
        assertEquals("conditional", s.get("peace-plan"));
    }

    @Test
    void backReference_theDocument_takesThePlanTopic() {
        Map<String, String> s = stances(KYIV_OFFICIAL, null,
                "Washington circulated a draft peace proposal to both capitals.",
                "The document is a good basis for talks, she said.");
        assertTrue(s.containsKey("peace-plan"), s.toString());
    }

    @Test
    void itAtTheStartOfAGovernmentsStatement_isTheSpeakerNotADocument() {
        Map<String, String> s = stances(MOSCOW, "it was studying the text carefully",
                "A new plan was handed over.", "The ministry said it was studying the text carefully.");
        assertTrue(s.containsKey("peace-plan"), "the text is the plan: " + s);
        Map<String, String> t = stances(MOSCOW, "it was ready",
                "A new plan was handed over.", "The ministry said it was ready.");
        assertFalse(t.containsKey("peace-plan"), t.toString());
    }

    @Test
    void declinedToComment_isNoStatement() {
        String sentence = "The spokesman declined to comment on the territorial terms of the plan.";
        String text = sentence;
        LabelInput in = new LabelInput(text, new TextSpan(sentence.indexOf("on the"), sentence.length() - 1),
                new TextSpan(0, sentence.length()), List.of(), MOSCOW);

        assertTrue(LABELER.isNonStatement(in));
        assertTrue(LABELER.label(in).isEmpty());
    }

    @Test
    void declinedToCommentThenSaid_isAStatement() {
        String sentence = "He declined to comment on the map but said sanctions must stay in place.";
        LabelInput in = new LabelInput(sentence, new TextSpan(sentence.indexOf("sanctions"), sentence.length() - 1),
                new TextSpan(0, sentence.length()), List.of(), KYIV_OFFICIAL);

        assertFalse(LABELER.isNonStatement(in));
        assertEquals("demands", LABELER.label(in).get(0).stance().code());
    }

    @Test
    void negationBoundToAFrame_doesNotOpposeTheOtherTopic() {
        Map<String, String> s = stances("Our priorities include preventing any agreement that legitimises the occupation.");
        assertEquals("opposes", s.get("territory"));
        assertTrue(!"opposes".equals(s.get("peace-plan")), s.toString());
    }

    @Test
    void anotherPartysRefusal_reportedByAnalyst_isNeutral() {
        SpeakerRef analysts = new SpeakerRef("analysts", ActorKind.GROUP, null, null, false);
        Map<String, String> s = stances(analysts, null, "The gap between the two sides and Ukraine's refusal to cede land could stall progress.");
        assertEquals("neutral", s.get("territory"));
    }

    @Test
    void requirementOnThePlan_isConditionalOnThePlanAndDemandsSovereignty() {
        Map<String, String> s = stances("The plan must respect Ukrainian sovereignty.");
        assertEquals("conditional", s.get("peace-plan"));
        assertEquals("demands", s.get("sovereignty"));
    }

    @Test
    void sanctionsLifted_opposesTheClaim_sanctionsTightened_supportsIt() {
        assertEquals("opposes", stances(MOSCOW, null, "The sanctions should be lifted at once.").get("sanctions"));
        assertEquals("supports", stances("We will tighten sanctions on the aggressor.").get("sanctions"));
    }

    @Test
    void topicWithoutFrameInTheStatement_fallsBackToGenericCues() {
        assertEquals("supports", stances("We welcome the talks in Geneva.").get("negotiations"));
        assertEquals("neutral", stances("The talks in Geneva took four hours.").get("negotiations"));
    }

    @Test
    void threatConditionedOnARefusal_demandsWhatItEnforces() {
        assertEquals("demands", stances(MOSCOW, null, "We will seize more land if they refuse our terms.").get("territory"));
    }

    @Test
    void fightingOnUnlessTheOtherSideComplies_isACeasefireOnTerms() {
        assertEquals("conditional", stances(MOSCOW, null, "We will continue military action if Kyiv does not pull back.").get("ceasefire-conditions"));
    }

    @Test
    void frameInsideAnUntilClause_isWhatTheSpeakerInsistsOn() {
        assertEquals("demands", stances(MOSCOW, null, "Our troops will push on until they withdraw from the region.").get("territory"));
    }

    @Test
    void predicateAfterACopula_judgesTheFrameBeforeIt() {
        assertEquals("opposes", stances(MOSCOW, null, "Any use of the frozen assets would be theft.").get("reconstruction"));
    }

    @Test
    void anotherPartysActReported_isNeutral_whileADemandOfItIsNot() {
        assertEquals("neutral", stances("Russia had violated the truce twice by Sunday.").get("ceasefire-conditions"));
        assertEquals("demands", stances(MOSCOW, null, "Ukraine must leave those territories.").get("territory"));
    }

    @Test
    void expletiveIt_pointsForward_notBackToADocument() {
        Map<String, String> s = stances(KYIV_OFFICIAL, "It is our right to choose our partners",
                "The envoy presented a new peace plan.", "It is our right to choose our partners, she said.");
        assertFalse(s.containsKey("peace-plan"), s.toString());
    }

    @Test
    void demandOfAnotherParty_afterWant_demands_butWantingToActOneself_supports() {
        assertEquals("demands", stances("He wanted the two leaders to agree to a full ceasefire.").get("ceasefire-conditions"));
        assertEquals("supports", stances("Both delegations wanted to keep talking in Riyadh.").get("negotiations"));
    }

    @Test
    void aQuestionTheSpeakerDeclinedToAnswer_isNoStatement() {
        String sentence = "Asked whether Moscow would demand more territory, the spokesman declined to comment.";
        LabelInput in = new LabelInput(sentence, new TextSpan(sentence.indexOf("whether"), sentence.indexOf(",")),
                new TextSpan(0, sentence.length()), List.of(), MOSCOW);

        assertTrue(LABELER.isNonStatement(in));
        assertTrue(LABELER.label(in).isEmpty());
    }
}
