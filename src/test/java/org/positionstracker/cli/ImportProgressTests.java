package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.positionstracker.importer.ImportOutcome;

class ImportProgressTests {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private ImportProgress progress(boolean terminal) {
        return new ImportProgress(new PrintWriter(out, true), new PrintWriter(err, true), terminal);
    }

    @Test
    void withoutATerminal_eachFileGetsOnePlainLine_rejectionsOnStderr() {
        ImportProgress p = progress(false);

        p.started(2);
        p.finished(new ImportOutcome(Path.of("a.txt"), ImportOutcome.Kind.IMPORTED, 3, 1, null));
        p.finished(new ImportOutcome(Path.of("b.txt"), ImportOutcome.Kind.REJECTED, 0, 0, "empty file"));

        assertEquals("imported a.txt: 3 statements, 1 new actor", out.toString().strip());
        assertEquals("rejected b.txt: empty file", err.toString().strip());
        assertFalse(err.toString().contains("\r"));
    }

    @Test
    void onATerminal_aBarWithRateAndEtaIsRedrawn_andRejectionsAreListedAgainAtTheEnd() {
        ImportProgress p = progress(true);

        p.started(2);
        p.finished(new ImportOutcome(Path.of("a.txt"), ImportOutcome.Kind.IMPORTED, 3, 1, null));
        p.finished(new ImportOutcome(Path.of("b.txt"), ImportOutcome.Kind.REJECTED, 0, 0, "empty file"));
        p.listRejected();

        String shown = err.toString();
        assertTrue(shown.contains("[##############################] 2/2"), shown);
        assertTrue(shown.contains("articles/s") && shown.contains("ETA 0:00"), shown);
        assertTrue(shown.contains("rejected files:\n  b.txt: empty file"), shown);
        assertEquals("", out.toString(), "per-file lines are not printed on a terminal");
    }

    @Test
    void onATerminal_anExportCountsAsItsRows_andRejectedRowsAreListedByName() {
        ImportProgress p = progress(true);

        p.started(1);
        p.expanded(2);
        p.finished(new ImportOutcome(Path.of("e.jsonl"), ImportOutcome.Kind.IMPORTED, 1, 0, null, "e.jsonl#1"));
        p.finished(new ImportOutcome(Path.of("e.jsonl"), ImportOutcome.Kind.IMPORTED, 1, 0, null, "e.jsonl#2"));
        p.finished(new ImportOutcome(Path.of("e.jsonl"), ImportOutcome.Kind.REJECTED, 0, 0, "line 3 has no article text", "e.jsonl#3"));
        p.listRejected();

        String shown = err.toString();
        assertTrue(shown.contains("[##############################] 3/3"), shown);
        assertTrue(shown.contains("rejected files:\n  e.jsonl#3: line 3 has no article text"), shown);
    }
}
