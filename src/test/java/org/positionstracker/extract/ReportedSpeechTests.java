package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.positionstracker.extract.ExtractionFixture.covered;
import static org.positionstracker.extract.ExtractionFixture.extract;
import static org.positionstracker.extract.ExtractionFixture.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.positionstracker.statement.Mode;

class ReportedSpeechTests {

    @Test
    void partialQuoteInsideReportedClause_isPartialWithWholeClause() {
        String text = "Vogel warned that Berlin would “respond in kind” if Washington imposed new tariffs on cars.";

        ExtractedStatement s = single(extract(text));

        assertEquals(Mode.PARTIAL, s.mode());
        assertEquals("Berlin would “respond in kind” if Washington imposed new tariffs on cars", s.text());
        assertEquals("warned", covered(text, s.cue()));
        assertEquals("Henrik Vogel", s.speaker().canonicalName());
    }

    @Test
    void indirectWithThat_contentIsTheClauseAfterThat() {
        String text = "The Swedish government insisted that fishing quotas must be cut by a fifth.";

        ExtractedStatement s = single(extract(text));

        assertEquals(Mode.INDIRECT, s.mode());
        assertEquals("fishing quotas must be cut by a fifth", s.text());
        assertEquals("Sweden", s.speaker().canonicalName());
    }

    @Test
    void indirectWithoutThat_contentStartsAfterTheVerb() {
        String text = "Lindqvist said the new wage floor would take effect in March.";

        ExtractedStatement s = single(extract(text));

        assertEquals(Mode.INDIRECT, s.mode());
        assertEquals("the new wage floor would take effect in March", s.text());
    }

    @ParameterizedTest
    @CsvSource({
            "insisted", "reiterated", "warned", "acknowledged", "stressed", "reaffirmed", "made clear", "maintains",
            "argued", "claimed", "added", "noted", "declared", "announced", "has signalled", "says", "told reporters",
            "is expressing concern"
    })
    void eachReportingVerbOrPhrase_introducesAnIndirectStatement(String verb) {
        String text = "Brussels " + verb + " that the carbon levy on imports will rise next year.";

        ExtractedStatement s = single(extract(text));

        assertEquals("European Union", s.speaker().canonicalName());
        assertEquals("the carbon levy on imports will rise next year", s.text());
        assertTrue(verb.endsWith(covered(text, s.cue())) || verb.startsWith(covered(text, s.cue())), covered(text, s.cue()));
    }

    @Test
    void accordingTo_speakerFollowsThePhrase() {
        String text = "Turnout fell to a record low, according to the electoral commission.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Turnout fell to a record low", s.text());
        assertEquals("according to", covered(text, s.cue()));
        assertEquals("electoral commission", s.speaker().canonicalName());
    }

    @Test
    void trailingAttribution_reportsTheClauseBeforeTheComma() {
        String text = "The pay talks will resume next week, the union spokesperson said.";

        ExtractedStatement s = single(extract(text));

        assertEquals(Mode.INDIRECT, s.mode());
        assertEquals("The pay talks will resume next week", s.text());
        assertEquals("said", covered(text, s.cue()));
    }

    @Test
    void relativeClause_attributesToTheAntecedent() {
        String text = "The plan drew criticism from French minister Claire Baudin, who argued that the tariffs would hurt farmers.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Claire Baudin", s.speaker().canonicalName());
        assertEquals("the tariffs would hurt farmers", s.text());
        assertEquals("France", s.speaker().speaksFor());
    }

    @Test
    void coordinatedSecondVerb_keepsTheSubject() {
        String text = "Vogel acknowledged that coal remained essential, but stressed that emissions must fall faster.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size(), ExtractionFixture.describe(extract(text)));
        assertEquals("coal remained essential", st.get(0).text());
        assertEquals("emissions must fall faster", st.get(1).text());
        assertEquals("Henrik Vogel", st.get(1).speaker().canonicalName());
        assertEquals("stressed", covered(text, st.get(1).cue()));
    }

    @Test
    void interrupterBetweenSubjectAndVerb_isSkipped() {
        String text = "Paris, however, has made clear that it will veto the trade deal.";

        ExtractedStatement s = single(extract(text));

        assertEquals("France", s.speaker().canonicalName());
        assertEquals("it will veto the trade deal", s.text());
        assertEquals("made clear", covered(text, s.cue()));
    }

    @Test
    void writersParticipialPhrase_isNotPartOfTheContent() {
        String text = "Stockholm reaffirmed that it will keep the fishing ban, drawing anger from coastal towns.";

        ExtractedStatement s = single(extract(text));

        assertEquals("it will keep the fishing ban", s.text());
    }

    @Test
    void clauseBeforeATrailingAttributionAfterReportedSpeech_isCut() {
        String text = "Lindqvist said the pension reform was fair, reiterating her support for it.";

        ExtractedStatement s = single(extract(text));

        assertEquals("the pension reform was fair", s.text());
    }

    @Test
    void passiveVerb_isNotAnAttribution() {
        String text = "It was announced that the polling stations will close at eight.";

        Extraction e = extract(text);

        assertTrue(e.statements().isEmpty(), ExtractionFixture.describe(e));
    }

    @Test
    void sentenceWithoutReportingVerb_isNotAStatement() {
        String text = "The new tariffs reportedly include a levy on steel imports.";

        Extraction e = extract(text);

        assertTrue(e.statements().isEmpty(), ExtractionFixture.describe(e));
    }
}
