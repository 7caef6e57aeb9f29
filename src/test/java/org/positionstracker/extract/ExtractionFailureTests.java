package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.positionstracker.extract.label.StatementLabeler;

/** A failing rule is the article's error, never an article with zero statements. */
class ExtractionFailureTests {

    @Test
    void failureInsideTheExtractor_isThrownNotSwallowed() {
        StatementLabeler broken = input -> {
            throw new IllegalStateException("labeler broke");
        };
        NewsStatementExtractor extractor = new NewsStatementExtractor(ExtractionFixture.CODEBOOK, broken);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> extractor.extract("Vogel said the tariffs would stay."));

        assertEquals("labeler broke", e.getMessage());
    }
}
