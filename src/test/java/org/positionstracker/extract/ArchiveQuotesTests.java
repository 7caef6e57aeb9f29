package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArchiveQuotesTests {

    @Test
    void twoApostrophes_becomeOneDoubleMarkBesideTheWords() {
        String in = "''We are ready,'' Cole said.";

        String out = ArchiveQuotes.normalise(in);

        assertEquals(" \"We are ready,\"  Cole said.", out);
        assertEquals(in.length(), out.length());
    }

    @Test
    void backquotesOpenAndApostrophesClose() {
        assertEquals(" \"Yes\"  she said.", ArchiveQuotes.normalise("``Yes'' she said."));
    }

    @Test
    void singleApostrophesAndLongerRuns_areLeftAlone() {
        assertEquals("Cole's plan, 'maybe' and ''' here", ArchiveQuotes.normalise("Cole's plan, 'maybe' and ''' here"));
    }

    @Test
    void anArchiveQuotation_isAttributedLikeAnyOther() {
        String text = "''The depot must stay open,'' Mayor Ann Cole said. ''We will find the money.''";

        Extraction e = ExtractionFixture.extract(text);

        assertEquals(2, e.statements().size(), ExtractionFixture.describe(e));
        assertEquals("The depot must stay open", e.statements().get(0).text());
        assertEquals("Ann Cole", e.statements().get(0).speaker().canonicalName());
        assertEquals("Ann Cole", e.statements().get(1).speaker().canonicalName());
    }
}
