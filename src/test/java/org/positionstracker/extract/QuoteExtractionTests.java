package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.positionstracker.extract.ExtractionFixture.covered;
import static org.positionstracker.extract.ExtractionFixture.extract;
import static org.positionstracker.extract.ExtractionFixture.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.positionstracker.statement.Mode;

class QuoteExtractionTests {

    @Test
    void curlyQuoteWithAttributionAfter_isDirectWithoutTrailingComma() {
        String text = "“We will not raise the retirement age,” said Labour leader Tom Akers.";

        ExtractedStatement s = single(extract(text));

        assertEquals(Mode.DIRECT, s.mode());
        assertEquals("We will not raise the retirement age", s.text());
        assertEquals("Tom Akers", s.speaker().canonicalName());
        assertEquals("said", covered(text, s.cue()));
    }

    @Test
    void straightQuoteWithSpeakerBeforeVerb_isDirect() {
        String text = "\"The harvest was the worst in a decade,\" farmer Lucia Benn said on Tuesday.";

        ExtractedStatement s = single(extract(text));

        assertEquals(Mode.DIRECT, s.mode());
        assertEquals("The harvest was the worst in a decade", s.text());
        assertEquals("Lucia Benn", s.speaker().canonicalName());
        assertEquals("farmer", s.speaker().role());
    }

    @Test
    void attributionBetweenTwoQuoteParts_givesTwoDirectStatementsBySameSpeaker() {
        String text = "“The strike will go ahead,” union organiser Priya Shah said, “unless the company returns to the table.”";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("The strike will go ahead", st.get(0).text());
        assertEquals("unless the company returns to the table.", st.get(1).text());
        assertEquals("Priya Shah", st.get(0).speaker().canonicalName());
        assertEquals("Priya Shah", st.get(1).speaker().canonicalName());
        assertEquals(Mode.DIRECT, st.get(1).mode());
    }

    @Test
    void mixedCurlyAndStraightMarks_pairAtTheAttribution() {
        String text = "Mayor Ines Falk spoke at the depot.\n\n“The trams will run again,\" she said. \"The fares stay as they are.”";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(List.of("The trams will run again", "The fares stay as they are."), st.stream().map(ExtractedStatement::text).toList());
        assertEquals("Ines Falk", st.get(0).speaker().canonicalName());
        assertEquals("Ines Falk", st.get(1).speaker().canonicalName());
    }

    @Test
    void straightMarkInsideCurlyQuotation_opensANestedQuotation() {
        String text = "“They told us \"not now\" every year,” said union organiser Priya Shah.";

        ExtractedStatement s = single(extract(text));

        assertEquals("They told us \"not now\" every year", s.text());
    }

    @Test
    void attributionBeforeQuoteWithColon_isDirect() {
        String text = "Economist Rana Haddad put it bluntly. Haddad said: “Tariffs are a tax on our own shoppers.”";

        ExtractedStatement s = single(extract(text));

        assertEquals(Mode.DIRECT, s.mode());
        assertEquals("Tariffs are a tax on our own shoppers.", s.text());
        assertEquals("Rana Haddad", s.speaker().canonicalName());
    }

    @Test
    void multiSentenceQuoteInsideOnePairOfMarks_isOneStatement() {
        String text = "“The ballots were counted twice. Nothing was missing. The result stands,” election commissioner Ade Okafor declared.";

        ExtractedStatement s = single(extract(text));

        assertEquals("The ballots were counted twice. Nothing was missing. The result stands", s.text());
        assertEquals("Ade Okafor", s.speaker().canonicalName());
        assertEquals("declared", covered(text, s.cue()));
    }

    @Test
    void unattributedQuoteAfterAttributedOne_continuesTheSameSpeaker() {
        String text = "“Coal has no future here,” Mayor Ines Duarte said. “We will close the last plant by 2030.”";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("We will close the last plant by 2030.", st.get(1).text());
        assertEquals("Ines Duarte", st.get(1).speaker().canonicalName());
        assertEquals(Mode.DIRECT, st.get(1).mode());
        assertNull(st.get(1).cue());
    }

    @Test
    void quoteWithoutAnyAttributionOrPreviousSpeaker_isNotAStatement() {
        String text = "The slogan “Buy local” was painted on every wall in the market.";

        Extraction e = extract(text);

        assertTrue(e.statements().isEmpty(), ExtractionFixture.describe(e));
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        String text = "“Sweden’s fishermen can’t survive another quota cut,” said Lindqvist.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Sweden’s fishermen can’t survive another quota cut", s.text());
        assertEquals("Maria Lindqvist", s.speaker().canonicalName());
    }

    @Test
    void singleCurlyQuotes_areQuotationMarks() {
        String text = "‘This vote is a turning point,’ said campaigner Joe Marsh.";

        ExtractedStatement s = single(extract(text));

        assertEquals("This vote is a turning point", s.text());
        assertEquals("Joe Marsh", s.speaker().canonicalName());
    }

    @Test
    void invertedSpeakerWithAppositive_givesRole() {
        String text = "“Prices will fall next year,” said Jana Kral, the central bank governor.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Jana Kral", s.speaker().canonicalName());
        assertEquals("central bank governor", s.speaker().role());
    }
}
