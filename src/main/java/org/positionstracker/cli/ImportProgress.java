package org.positionstracker.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.positionstracker.importer.ImportListener;
import org.positionstracker.importer.ImportOutcome;

/**
 * Shows an import's progress. On a terminal: one bar redrawn in place with the rate and time
 * left, rejected files printed above it as they happen and listed again at the end. Elsewhere
 * (a pipe, a log file, CI): one plain line per file.
 */
final class ImportProgress implements ImportListener {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final List<ImportOutcome> rejected = new ArrayList<>();
    private int total;
    private int done;
    private long startNanos;
    private long lastDraw;

    ImportProgress(PrintWriter out, PrintWriter err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(int files) {
        total = files;
        startNanos = System.nanoTime();
    }

    @Override
    public void expanded(int moreArticles) {
        total += moreArticles;
    }

    @Override
    public void finished(ImportOutcome outcome) {
        done++;
        boolean bad = outcome.kind() == ImportOutcome.Kind.REJECTED;
        if (bad) rejected.add(outcome);
        if (!terminal) {
            PrintWriter stream = bad ? err : out;
            stream.println(ControlCharacters.escape(outcome.describe()));
            stream.flush();
            return;
        }
        if (bad) {
            err.print("\r\033[K");
            err.println(ControlCharacters.escape(outcome.describe()));
        }
        long now = System.nanoTime();
        if (bad || done == total || now - lastDraw > REDRAW_NANOS) {
            lastDraw = now;
            err.print("\r\033[K" + bar(now));
            if (done == total) err.println();
            err.flush();
        }
    }

    /** After the summary, on a terminal: the rejected files again, since the bar may have hidden them. */
    void listRejected() {
        if (!terminal || rejected.isEmpty()) return;
        err.println("rejected files:");
        rejected.forEach(o -> err.println("  " + ControlCharacters.escape(o.name() + ": " + o.detail())));
        err.flush();
    }

    String bar(long now) {
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        double rate = done / seconds;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        return String.format("[%s%s] %d/%d  %.0f articles/s  ETA %d:%02d%s", "#".repeat(filled), "-".repeat(WIDTH - filled),
                done, total, rate, left / 60, left % 60, rejected.isEmpty() ? "" : "  (" + rejected.size() + " rejected)");
    }
}
