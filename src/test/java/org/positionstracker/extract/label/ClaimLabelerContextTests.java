package org.positionstracker.extract.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.TopicStance;

/**
 * The rules that carry a topic over from context and that keep a negation, a copula or a
 * reporting verb from deciding the wrong stance, on invented sentences.
 */
class ClaimLabelerContextTests {
    private static final ClaimLabeler LABELER = new ClaimLabeler(CodebookLoader.bundled());
    private static final SpeakerRef ENVOY = new SpeakerRef("Marta Kovalenko", ActorKind.PERSON, null, "envoy", false);
    private static final SpeakerRef KYIV = new SpeakerRef("Ukraine", ActorKind.GOVERNMENT, null, null, true);

    /**
     * Stances by topic of the statement {@code content}, which stands in the last of the pieces;
     * the pieces are joined as written (include the spaces and line breaks between them), every
     * piece one sentence.
     */
    static Map<String, String> stances(SpeakerRef speaker, String content, String... pieces) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        for (String p : pieces) {
            String body = p.strip();
            int at = text.length() + p.indexOf(body);
            spans.add(new TextSpan(at, at + body.length()));
            text.append(p);
        }
        TextSpan sentence = spans.get(spans.size() - 1);
        int at = text.indexOf(content, sentence.start());
        if (at < 0) throw new IllegalArgumentException("content not in the last piece: " + content);
        LabelInput in = new LabelInput(text.toString(), new TextSpan(at, at + content.length()), sentence,
                spans.subList(0, spans.size() - 1), speaker);
        Map<String, String> out = new LinkedHashMap<>();
        for (TopicStance ts : LABELER.label(in)) out.put(ts.topicSlug(), ts.stance().code());
        return out;
    }

    @Test
    void quoteWithoutKeyword_takesTheTopicOfTheSameSpeakersSentenceBefore() {
        Map<String, String> s = stances(ENVOY, "Our people would never forgive it",
                "Kovalenko said Kyiv would not cede the eastern districts.", " \"Our people would never forgive it,\" she said.");
        assertTrue(s.containsKey("territory"), s.toString());
    }

    @Test
    void quoteOpeningTheNextParagraph_takesTheTopicOfTheParagraphBefore() {
        Map<String, String> s = stances(ENVOY, "Our people would never forgive it",
                "Kovalenko said Kyiv would not cede the eastern districts.", "\n\n\"Our people would never forgive it,\" she said.");
        assertTrue(s.containsKey("territory"), s.toString());
    }

    @Test
    void statementWithoutKeyword_afterAnotherSpeakersSentence_getsNoTopic() {
        Map<String, String> s = stances(ENVOY, "Our people would never forgive it",
                "Peskov said Moscow wanted the eastern districts.", " \"Our people would never forgive it,\" Kovalenko said.");
        assertTrue(s.isEmpty(), s.toString());
    }

    @Test
    void reportedStatementInTheNextParagraph_orAfterAHeading_getsNoTopic() {
        assertTrue(stances(ENVOY, "the day was long",
                "Kovalenko said Kyiv would not cede the eastern districts.", "\n\nShe said the day was long.").isEmpty());
        assertTrue(stances(ENVOY, "We are ready",
                "Territory and the front", "\n\n\"We are ready,\" she said.").isEmpty());
    }

    @Test
    void copulaNegationBeforeTheKeyword_deniesTheName_takesNoSide() {
        Map<String, String> s = stances(KYIV, "Short pauses are not a ceasefire", "Short pauses are not a ceasefire.");
        assertEquals("neutral", s.get("ceasefire-conditions"));
    }

    @Test
    void copulaNegationAfterTheKeyword_stillRejects() {
        Map<String, String> s = stances(KYIV, "Our borders are not a bargaining chip", "Our borders are not a bargaining chip.");
        assertEquals("opposes", s.get("territory"));
    }

    @Test
    void notYet_isNoRejection() {
        Map<String, String> s = stances(KYIV, "Kyiv had not yet received the new draft", "Kyiv had not yet received the new draft.");
        assertEquals("neutral", s.get("peace-plan"));
    }

    @Test
    void notAfterThan_isNoRejection() {
        Map<String, String> s = stances(ENVOY, "holding talks is better than not talking", "She said holding talks is better than not talking.");
        assertFalse("opposes".equals(s.get("negotiations")), s.toString());
    }

    @Test
    void demandingReportingVerb_makesAFrameInTheContentADemand() {
        Map<String, String> s = stances(KYIV, "new measures against the shadow fleet",
                "Kyiv called for new measures against the shadow fleet.");
        assertEquals("demands", s.get("sanctions"));
    }

    @Test
    void demandingReportingVerb_keepsARefusalARefusal() {
        Map<String, String> s = stances(KYIV, "Ukraine would never cede the eastern districts",
                "Kyiv insisted that Ukraine would never cede the eastern districts.");
        assertEquals("opposes", s.get("territory"));
    }

    @Test
    void it_withATopicOfItsOwn_doesNotAlsoTakeThePlan() {
        Map<String, String> s = stances(ENVOY, "it would deter any new attack",
                "The peace plan was discussed on Monday.", " Kovalenko said it would deter any new attack.");
        assertTrue(s.containsKey("security-guarantees"), s.toString());
        assertFalse(s.containsKey("peace-plan"), s.toString());
    }

    @Test
    void theArrangement_takesTheTopicOfTheSentenceBefore() {
        Map<String, String> s = stances(ENVOY, "the arrangement was robust",
                "Leaders agreed on security guarantees for Ukraine.", " Kovalenko said the arrangement was robust.");
        assertEquals("supports", s.get("security-guarantees"));
    }

    @Test
    void rejectingReportingVerb_turnsTheFrameInTheContentRound() {
        Map<String, String> s = stances(KYIV, "calls for an immediate ceasefire",
                "Kyiv rejected calls for an immediate ceasefire.");
        assertEquals("opposes", s.get("ceasefire-conditions"));
    }

    @Test
    void dismissedAs_keepsTheVerdictInTheContent() {
        Map<String, String> s = stances(KYIV, "the peace plan as a capitulation",
                "Kyiv dismissed the peace plan as a capitulation.");
        assertEquals("opposes", s.get("peace-plan"));
    }

    @Test
    void noQuestionOf_rejectsWhatFollows() {
        Map<String, String> s = stances(ENVOY, "there was no question of a ceasefire this winter",
                "Kovalenko said there was no question of a ceasefire this winter.");
        assertEquals("opposes", s.get("ceasefire-conditions"));
    }

    @Test
    void evaluationWithoutAFrame_decidesTheStance() {
        assertEquals("supports", stances(ENVOY, "more air defence for Kyiv is a good idea",
                "Kovalenko said more air defence for Kyiv is a good idea.").get("military-aid"));
        assertEquals("opposes", stances(ENVOY, "the reconstruction conference was pointless",
                "Kovalenko said the reconstruction conference was pointless.").get("reconstruction"));
    }

    @Test
    void theArrangement_takesTheTopicWhoseKeywordEndsInTheSameNoun_overANearerTopic() {
        Map<String, String> s = stances(ENVOY, "the arrangement was robust",
                "Leaders agreed on a security arrangement for Ukraine.", " It stops short of the front line.",
                " Kovalenko said the arrangement was robust.");
        assertTrue(s.containsKey("security-guarantees"), s.toString());
        assertFalse(s.containsKey("territory"), s.toString());
    }

    @Test
    void talkAbout_isAMention_notTalks() {
        assertFalse(stances(ENVOY, "they talk about a new deadline", "Kovalenko said they talk about a new deadline.")
                .containsKey("negotiations"));
        assertTrue(stances(ENVOY, "the talks resumed", "Kovalenko said the talks resumed.").containsKey("negotiations"));
    }

    @Test
    void givingUpAFrame_turnsItRound() {
        Map<String, String> s = stances(ENVOY, "Ukraine must give up its bid to join NATO",
                "Kovalenko said Ukraine must give up its bid to join NATO.");
        assertEquals("opposes", s.get("security-guarantees"));
    }

    @Test
    void without_negatesItsNounPhrase_notTheVerbAfterIt() {
        Map<String, String> s = stances(ENVOY, "a truce without a settlement would let the army rearm",
                "Kovalenko said a truce without a settlement would let the army rearm.");
        assertEquals("opposes", s.get("ceasefire-conditions"));
    }

    @Test
    void proposingOrAgreeingOnATopic_supportsIt() {
        assertEquals("supports", stances(ENVOY, "they proposed new talks in Geneva",
                "Kovalenko said they proposed new talks in Geneva.").get("negotiations"));
        assertEquals("supports", stances(ENVOY, "the leaders agreed on the outline of a security arrangement",
                "Kovalenko said the leaders agreed on the outline of a security arrangement.").get("security-guarantees"));
    }

    @Test
    void topicTwoSentencesBack_isCarriedOnlyOverTheSameSpeakersSentence() {
        assertTrue(stances(ENVOY, "We will not bend",
                "Kovalenko said Kyiv would not cede the eastern districts.", " She spoke for an hour.",
                " \"We will not bend,\" she said.").containsKey("territory"));
        assertTrue(stances(ENVOY, "We will not bend",
                "Kovalenko said Kyiv would not cede the eastern districts.", " Peskov spoke for an hour.",
                " \"We will not bend,\" Kovalenko said.").isEmpty());
    }

    @Test
    void badConsequenceAfterAFrame_turnsItRound() {
        assertEquals("supports", stances(ENVOY, "any pause in military aid would cost Ukrainian lives",
                "Kovalenko said any pause in military aid would cost Ukrainian lives.").get("military-aid"));
        assertEquals("supports", stances(ENVOY, "lifting the sanctions now would be a mistake",
                "Kovalenko said lifting the sanctions now would be a mistake.").get("sanctions"));
    }

    @Test
    void carriedTopic_takesTheCueOnTheContentsFirstWord() {
        Map<String, String> s = stances(ENVOY, "If they keep stalling, they pay",
                "Kovalenko said she wanted tougher sanctions.", " \"If they keep stalling, they pay,\" she said.");
        assertEquals("conditional", s.get("sanctions"));
    }
}
