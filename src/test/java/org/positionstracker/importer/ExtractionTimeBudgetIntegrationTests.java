package org.positionstracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.positionstracker.codebook.CodebookLoader;

/**
 * An article whose extraction runs past the per-article budget is rejected by name and the files
 * after it are still imported (issue #12 item 4). The slow articles here never finish on their own,
 * so the outcome does not depend on how fast the machine is.
 */
class ExtractionTimeBudgetIntegrationTests extends InMemoryImport {
    private static final String STATEMENT = "Jane Roe for Freedonia | territory=opposes | we will not cede land\n";

    @Test
    void anArticleThatRunsPastItsBudget_isRejectedByName_andTheOthersAreImported() throws Exception {
        importer = new ArticleImporter(db, CodebookLoader.bundled(), new ScriptedExtractor(), 2)
                .withTimeBudget(Duration.ofMillis(200));
        var before = write("a.txt", "A\n" + STATEMENT);
        var spinning = write("b.txt", "B\nSPIN\n");
        var after = write("c.txt", "C\n" + STATEMENT);

        List<ImportOutcome> outcomes = importAll(before, spinning, after);

        assertEquals(List.of(ImportOutcome.Kind.IMPORTED, ImportOutcome.Kind.REJECTED, ImportOutcome.Kind.IMPORTED),
                outcomes.stream().map(ImportOutcome::kind).toList());
        assertTrue(outcomes.get(1).detail().contains("longer than the per-article budget of 200 ms"), outcomes.get(1).detail());
        assertEquals(List.of("a.txt", "c.txt"), rows("SELECT file_name FROM article ORDER BY file_name"));
    }

    @Test
    void anExtractionThatNeverReachesACheckpoint_isAbandoned_andTheOthersAreImported() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ScriptedExtractor.UNSTICK = release;
        try {
            importer = new ArticleImporter(db, CodebookLoader.bundled(), new ScriptedExtractor(), 2)
                    .withTimeBudget(Duration.ofMillis(100));
            var stuck = write("a.txt", "A\nSTUCK\n");
            var after = write("b.txt", "B\n" + STATEMENT);

            List<ImportOutcome> outcomes = importAll(stuck, after);

            assertEquals(List.of(ImportOutcome.Kind.REJECTED, ImportOutcome.Kind.IMPORTED), outcomes.stream().map(ImportOutcome::kind).toList());
            assertTrue(outcomes.get(0).detail().contains("did not stop within its time budget of 100 ms"), outcomes.get(0).detail());
            assertEquals(List.of("b.txt"), rows("SELECT file_name FROM article"));
        } finally {
            release.countDown();
        }
    }
}
