package org.positionstracker.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import org.positionstracker.extract.NewsStatementExtractor;
import org.positionstracker.importer.ArticleImporter;
import org.positionstracker.importer.ImportOutcome;

/**
 * Child JVM of the benchmark: imports a corpus folder into a fresh database exactly as the
 * benchmark's end-to-end run does, under whatever -Xmx the parent gave it, and prints one
 * {@code RESULT key=value ...} line. Progress lines go to stdout every tenth of the corpus.
 *
 * <p>Usage: {@code ChildImport CORPUS_FOLDER DB_PATH EXPECTED_ARTICLES}
 */
public final class ChildImport {
    public static void main(String[] args) {
        Path corpus = Path.of(args[0]);
        String dbPath = args[1];
        int expected = Integer.parseInt(args[2]);
        HeapMonitor heap = HeapMonitor.start();
        long t0 = System.nanoTime();
        AtomicLong written = new AtomicLong();
        long[] kinds = new long[ImportOutcome.Kind.values().length];
        try (Database db = Database.open(DatabaseLocation.parse(dbPath))) {
            AtomicInteger done = new AtomicInteger();
            int step = Math.max(1, expected / 10);
            new ArticleImporter(db, CodebookLoader.bundled(), new NewsStatementExtractor(CodebookLoader.bundled()))
                    .importFiles(List.of(corpus), outcome -> {
                        int n = done.incrementAndGet();
                        written.addAndGet(outcome.statements());
                        kinds[outcome.kind().ordinal()]++;
                        if (n % step == 0) {
                            System.out.printf("PROGRESS %d/%d after %.0f s, heap used %d MiB%n", n, expected, (System.nanoTime() - t0) / 1e9,
                                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
                            System.out.flush();
                        }
                    });
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        HeapMonitor.Result h = heap.stop();
        System.out.printf("RESULT imported=%d rejected=%d unchanged=%d statements=%d seconds=%.3f peakUsed=%d peakAfterGc=%d gcCount=%d gcMillis=%d maxHeap=%d%n",
                kinds[ImportOutcome.Kind.IMPORTED.ordinal()] + kinds[ImportOutcome.Kind.REPLACED.ordinal()],
                kinds[ImportOutcome.Kind.REJECTED.ordinal()], kinds[ImportOutcome.Kind.UNCHANGED.ordinal()], written.get(),
                seconds, h.peakUsed(), h.peakAfterGc(), h.gcCount(), h.gcMillis(), h.maxHeap());
        System.out.flush();
    }

    private ChildImport() {
    }
}
