package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 8: where --out writes when the target is a device, and what an earlier killed run left behind. */
class OutFileIntegrationTests {
    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("db").resolve("tracker").toString();
    }

    /** A FIFO stands in for a device: as root, `--out /dev/null` replaced /dev/null with a regular file. */
    @Test
    void outOntoAPipe_writesIntoIt_andLeavesItAPipe() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "needs mkfifo");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        CliRun run = CliRun.of("report", "conflicts", "--db", db(), "--out", fifo.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.isRegularFile(fifo), "the pipe was replaced by a regular file");
        assertTrue(read.get(60, TimeUnit.SECONDS).contains("Conflicts"), "the report went into the pipe");
    }

    @Test
    void aTemporaryLeftByAKilledRun_isRemovedByTheNextOne_aRunningOnesIsNot() throws Exception {
        Path out = dir.resolve("report.md");
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").start();
        assertEquals(0, ended.waitFor());
        Path stale = Files.createFile(dir.resolve(".report.md." + ended.pid() + "-5eed.tmp"));
        Path running = Files.createFile(dir.resolve(".report.md." + ProcessHandle.current().pid() + "-5eed.tmp"));

        CliRun run = CliRun.of("report", "conflicts", "--db", db(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(stale), "the killed run's temporary is still there");
        assertTrue(Files.exists(running), "a running process's temporary was removed");
    }
}
