package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.positionstracker.extract.ExtractionFixture.covered;
import static org.positionstracker.extract.ExtractionFixture.extract;
import static org.positionstracker.extract.ExtractionFixture.single;
import static org.positionstracker.extract.ExtractionFixture.topic;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.positionstracker.topic.Stance;

class TopicStanceTests {

    @Test
    void severalTopicsPerStatement_eachOnceWithKeywordSpan() {
        String text = "Vogel said tariffs on coal imports and new tariffs on steel would hurt wages.";

        ExtractedStatement s = single(extract(text));

        assertEquals(List.of("trade", "climate", "labour"), s.topics().stream().map(TopicStance::topicSlug).toList());
        assertEquals("tariffs", covered(text, topic(s, "trade").keyword()));
        assertEquals("coal", covered(text, topic(s, "climate").keyword()));
        assertEquals("wages", covered(text, topic(s, "labour").keyword()));
    }

    @Test
    void wildcardKeyword_matchesWordEndings() {
        String text = "Lindqvist said emissions trading was working.";

        ExtractedStatement s = single(extract(text));

        assertEquals("emissions", covered(text, topic(s, "climate").keyword()));
    }

    @Test
    void negatedConcession_opposes() {
        String text = "The union said it would never accept a pension cut.";

        TopicStance ts = topic(single(extract(text)), "labour");

        assertEquals(Stance.OPPOSES, ts.stance());
        assertEquals("never accept", covered(text, ts.cue()));
    }

    @Test
    void mustOrDemand_demands() {
        String text = "Paris insisted that the fishing quota must be restored.";

        TopicStance ts = topic(single(extract(text)), "fisheries");

        assertEquals(Stance.DEMANDS, ts.stance());
        assertEquals("must", covered(text, ts.cue()));
    }

    @Test
    void notUpForDebate_demandsRatherThanOpposes() {
        String text = "Berlin said its coal exit date was not up for debate.";

        TopicStance ts = topic(single(extract(text)), "climate");

        assertEquals(Stance.DEMANDS, ts.stance());
        assertEquals("not up for debate", covered(text, ts.cue()));
    }

    @Test
    void conditionOnTheTopic_isConditional() {
        String text = "Stockholm said it would lift the export ban only if the fishing quota was respected.";

        ExtractedStatement s = single(extract(text));

        assertEquals(Stance.CONDITIONAL, topic(s, "fisheries").stance());
        assertEquals("only if", covered(text, topic(s, "fisheries").cue()));
    }

    @Test
    void withoutThatNo_isConditional() {
        String text = "“Talks must resume. Without that, no strike can be called off,” union leader Ben Ode said.";

        ExtractedStatement s = single(extract(text));

        assertEquals(Stance.CONDITIONAL, topic(s, "labour").stance());
        assertEquals("Without that, no", covered(text, topic(s, "labour").cue()));
    }

    @Test
    void conditionOnSomethingElse_doesNotOverrideCloserNegation() {
        String text = "“As long as I am mayor, this city will never burn coal again,” Mayor Ines Duarte said.";

        TopicStance ts = topic(single(extract(text)), "climate");

        assertEquals(Stance.OPPOSES, ts.stance());
    }

    @Test
    void openToOrWelcome_supports() {
        String text = "The WTO said it was open to a new trade deal. France welcomed the vote.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(Stance.SUPPORTS, topic(st.get(0), "trade").stance());
        assertEquals("open to", covered(text, topic(st.get(0), "trade").cue()));
    }

    @Test
    void noCue_isNeutralWithoutCueSpan() {
        String text = "Vogel said the election campaign had started.";

        TopicStance ts = topic(single(extract(text)), "elections");

        assertEquals(Stance.NEUTRAL, ts.stance());
        assertNull(ts.cue());
    }

    @Test
    void topicsOfDirectQuote_comeFromInsideTheMarks() {
        String text = "“We will cut emissions,” said Vogel, speaking at a trade fair.";

        ExtractedStatement s = single(extract(text));

        assertEquals(List.of("climate"), s.topics().stream().map(TopicStance::topicSlug).toList());
    }

    @Test
    void longestKeywordWins_overShorterOverlappingOne() {
        String text = "Brussels said the fishing quotas were final.";

        ExtractedStatement s = single(extract(text));

        assertEquals("fishing quotas", covered(text, topic(s, "fisheries").keyword()));
    }

    @Test
    void possessiveDemandsOfAThirdParty_doNotMakeTheSpeakerDemand() {
        String text = "Analysts said the gap between the union's wage demands and the company's refusal to raise pay could prolong the strike.";

        TopicStance ts = topic(single(extract(text)), "labour");

        assertEquals(Stance.NEUTRAL, ts.stance());
        assertNull(ts.cue());
    }

    @Test
    void demandsFromAnotherParty_doNotMakeTheSpeakerDemand() {
        String text = "Vogel said fresh demands from Paris on fishing quotas had complicated the talks.";

        TopicStance ts = topic(single(extract(text)), "fisheries");

        assertEquals(Stance.NEUTRAL, ts.stance());
    }

    @Test
    void demandsOfTheSpeakersOwnSide_stillCount() {
        String text = "Lindqvist said Sweden's demands on fishing quotas were clear.";

        TopicStance ts = topic(single(extract(text)), "fisheries");

        assertEquals(Stance.DEMANDS, ts.stance());
        assertEquals("demands", covered(text, ts.cue()));
    }

    @Test
    void verbGoverningANounCue_decidesTheStance() {
        String text = "Stockholm said it would reject demands for higher fishing quotas.";

        TopicStance ts = topic(single(extract(text)), "fisheries");

        assertEquals(Stance.OPPOSES, ts.stance());
        assertEquals("reject", covered(text, ts.cue()));
    }

    @Test
    void cueInsideAConditionalClause_belongsToTheCondition() {
        String text = "Berlin said it would raise tariffs if Paris refused to cut its coal subsidies.";

        TopicStance ts = topic(single(extract(text)), "climate");

        assertEquals(Stance.CONDITIONAL, ts.stance());
        assertEquals("if", covered(text, ts.cue()));
    }

    @Test
    void repeatedKeywordAfterBut_takesTheQualifyingStance() {
        String text = "“We welcome the trade deal, but the trade deal must not undercut our farmers,” Vogel said.";

        TopicStance ts = topic(single(extract(text)), "trade");

        // a requirement on a deal is agreement on a condition (claims, issue 10), no longer a demand
        assertEquals(Stance.CONDITIONAL, ts.stance());
        assertEquals("must not", covered(text, ts.cue()));
        assertTrue(ts.keyword().start() > text.indexOf("but"));
    }

    @Test
    void topicWithSeveralKeywords_takesTheOccurrenceWithACue() {
        String text = "Vogel said the climate summit had ended late on Friday, and that Berlin would support a carbon levy.";

        TopicStance ts = topic(single(extract(text)), "climate");

        assertEquals(Stance.SUPPORTS, ts.stance());
        assertEquals("carbon", covered(text, ts.keyword()));
    }

    @Test
    void keywordsWithoutCues_keepTheFirstOccurrence() {
        String text = "Lindqvist said the ballot count and the second ballot were both delayed.";

        TopicStance ts = topic(single(extract(text)), "elections");

        assertEquals(Stance.NEUTRAL, ts.stance());
        assertEquals(text.indexOf("ballot"), ts.keyword().start());
    }
}
