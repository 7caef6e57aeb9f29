package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.positionstracker.extract.ExtractionFixture.covered;
import static org.positionstracker.extract.ExtractionFixture.extract;
import static org.positionstracker.extract.ExtractionFixture.single;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A speech act with a noun-phrase object is stored with its act, so the text says what was done (issue #13 item 7). */
class SpeechActSpanTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Councillor James Okafor rejected the accusation.        | rejected the accusation
            Mayor Ann Lee welcomed the new tariffs on steel.        | welcomed the new tariffs on steel
            Mira Holt called for a congestion charge in the centre. | called for a congestion charge in the centre
            """)
    void theStatementSpansTheActAndItsObject(String sentence, String expected) {
        ExtractedStatement s = single(extract("Council row\n\n" + sentence));

        assertEquals(expected, s.text());
        assertEquals(s.text(), covered("Council row\n\n" + sentence, s.content()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mira Holt said the tariffs would stay.           | the tariffs would stay
            Mira Holt warned that the tariffs would stay.    | the tariffs would stay
            """)
    void aClauseIsStoredWithoutItsVerb(String sentence, String expected) {
        assertEquals(expected, single(extract("Council row\n\n" + sentence)).text());
    }
}
