package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The per-article time budget is enforced at the extractor's own checkpoints. */
class ExtractionBudgetTests {
    private static final Duration SPENT = Duration.ofNanos(1);

    @Test
    void aCheckpointOutsideABudget_neverThrows() {
        assertDoesNotThrow(ExtractionBudget::checkpoint);
    }

    @Test
    void aCheckpointPastTheDeadline_throwsNamingTheBudget() {
        ExtractionBudget.Exceeded e = assertThrows(ExtractionBudget.Exceeded.class, () -> ExtractionBudget.within(SPENT, () -> {
            spin(SPENT);
            ExtractionBudget.checkpoint();
            return null;
        }));

        assertEquals(SPENT, e.budget());
    }

    @Test
    void theBudgetEndsWithItsWork() {
        ExtractionBudget.within(Duration.ofDays(1), () -> "done");
        ExtractionBudget.within(SPENT, () -> "done");

        assertDoesNotThrow(ExtractionBudget::checkpoint);
    }

    @Test
    void theNewsExtractor_stopsAtACheckpointOnceItsBudgetIsSpent() {
        NewsStatementExtractor extractor = new NewsStatementExtractor(ExtractionFixture.CODEBOOK);
        String article = "Headline\n\n" + "\"We will not cede land,\" Vogel said. Mira Holt said the tariffs would stay.\n\n".repeat(20);

        assertThrows(ExtractionBudget.Exceeded.class, () -> ExtractionBudget.within(SPENT, () -> {
            spin(SPENT);
            return extractor.extract(article);
        }));
        assertDoesNotThrow(() -> ExtractionBudget.within(Duration.ofDays(1), () -> extractor.extract(article)));
    }

    @Test
    void durationsAreDescribedAsPeopleWriteThem() {
        assertEquals("60 s", ExtractionBudget.describe(Duration.ofSeconds(60)));
        assertEquals("1.5 s", ExtractionBudget.describe(Duration.ofMillis(1500)));
        assertEquals("200 ms", ExtractionBudget.describe(Duration.ofMillis(200)));
    }

    /** Waits until at least {@code d} has passed, so that a deadline {@code d} away is behind us. */
    private static void spin(Duration d) {
        long end = System.nanoTime() + d.toNanos();
        while (System.nanoTime() - end < 0) Thread.onSpinWait();
    }
}
