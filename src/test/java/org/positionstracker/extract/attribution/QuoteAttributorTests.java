package org.positionstracker.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.positionstracker.extract.DocumentBuilder;
import org.positionstracker.extract.ExtractedStatement;

class QuoteAttributorTests {
    private final QuoteAttributor attributor = new QuoteAttributor(AttributionSieves.DEFAULT);

    @Test
    void everyQuotationOfSpeech_becomesAStatement_evenWithoutASpeaker() {
        String text = "The council met on Monday.\n\u201CWe cannot pay for another year of delays,\u201D the leaflet read.\n"
                + "\u201CThe depot must stay open,\u201D Mayor Ann Cole said.";

        List<ExtractedStatement> out = attributor.attribute(DocumentBuilder.build(text), List.of(), SieveFixture.WORDS_AS_NAME);

        assertEquals(2, out.size(), "a quotation of speech was dropped: " + out);
        assertNull(out.get(0).speaker());
        assertEquals("unattributed-quote", out.get(0).rule());
        assertEquals("Mayor Ann Cole", out.get(1).speaker().canonicalName());
        assertEquals("quote-speaker-verb", out.get(1).rule());
    }

    @Test
    void titlesNicknamesAndScareQuotes_areNotStatements() {
        String text = "The plan, dubbed \u201CProject Green Freedom\u201D, was shown on \u201CSaturday Night Live\u201D as a \u201Cfair\u201D deal.";

        List<ExtractedStatement> out = attributor.attribute(DocumentBuilder.build(text), List.of(), SieveFixture.WORDS_AS_NAME);

        assertEquals(List.of(), out);
    }

    @Test
    void aPullQuoteRepeatingWordsQuotedInFull_isNotASecondStatement() {
        String text = "Mayor: 'We will not close the depot'\n"
                + "\u201CWe will not close the depot, whatever the budget says,\u201D Mayor Ann Cole said.";

        List<ExtractedStatement> out = attributor.attribute(DocumentBuilder.build(text), List.of(), SieveFixture.WORDS_AS_NAME);

        assertEquals(1, out.size(), out.toString());
        assertEquals("Mayor Ann Cole", out.get(0).speaker().canonicalName());
    }

    @Test
    void aQuotationAStatementAlreadyHolds_isNotRepeated() {
        String text = "\u201CThe depot must stay open,\u201D Mayor Ann Cole said.";
        ExtractedStatement earlier = SieveFixture.said(text, "The depot must stay open", "Ann Cole", org.positionstracker.actor.ActorKind.PERSON);

        List<ExtractedStatement> out = attributor.attribute(DocumentBuilder.build(text), List.of(earlier), SieveFixture.WORDS_AS_NAME);

        assertEquals(List.of(earlier), out);
    }
}
