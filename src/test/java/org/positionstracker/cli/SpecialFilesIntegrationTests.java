package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.testing.ChildJvm;

/**
 * Files that are not regular files, and folders that cannot be read, in the middle of a folder
 * import: each is rejected by name in one line, and everything else in the folder still imports.
 * Without the checks a FIFO blocks the import forever and /dev/zero reads until memory runs out,
 * so those imports run under a time limit that only a hang or an endless read can reach.
 */
class SpecialFilesIntegrationTests {
    private static final String QUOTE = "\u201CWe will keep talking about the ceasefire,\u201D the minister said.\n";

    @TempDir
    Path dir;

    @Test
    void fifo_isRejectedAsNotARegularFile_andTheRestOfTheFolderImports() throws Exception {
        Path articles = folderWithGoodFilesAround("b-pipe.txt");
        run("mkfifo", articles.resolve("b-pipe.txt").toString());

        CliRun run = importUnlessItHangs(articles);

        assertOnlyRejected(run, articles, "b-pipe.txt");
    }

    @Test
    void linkToDevZero_isRejectedAsNotARegularFile_andTheRestOfTheFolderImports() throws Exception {
        Path articles = folderWithGoodFilesAround("b-zero.txt");
        Files.createSymbolicLink(articles.resolve("b-zero.txt"), Path.of("/dev/zero"));

        CliRun run = importUnlessItHangs(articles);

        assertOnlyRejected(run, articles, "b-zero.txt");
    }

    private Path folderWithGoodFilesAround(String special) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a-first.txt"), "First.\n" + QUOTE, StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("c-last.txt"), "Last.\n" + QUOTE, StandardCharsets.UTF_8);
        return articles;
    }

    private CliRun importUnlessItHangs(Path articles) {
        return assertTimeoutPreemptively(ChildJvm.HANG_GUARD,
                () -> CliRun.of("import", "--db", dir.resolve("tracker").toString(), articles.toString()));
    }

    private static void assertOnlyRejected(CliRun run, Path articles, String special) {
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals(List.of("rejected " + articles.resolve(special) + ": not a regular file"), run.err().lines().toList());
        assertTrue(run.out().contains("imported " + articles.resolve("a-first.txt")), run.out());
        assertTrue(run.out().contains("imported " + articles.resolve("c-last.txt")), run.out());
    }

    /**
     * As root, permission bits do not stop reading, so the import runs in a child JVM that
     * {@code setpriv} has stripped of the capabilities that override them (CAP_DAC_OVERRIDE and
     * CAP_DAC_READ_SEARCH): for it a folder with mode 000 is unreadable, as for any other user.
     */
    @Test
    void unreadableSubfolder_isRejectedByName_andTheRestOfTheTreeImports() throws Exception {
        assumeTrue(setprivCanDropReadOverride(), "setpriv cannot drop CAP_DAC_OVERRIDE here, so no folder can be made unreadable to root");
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Before.\n" + QUOTE, StandardCharsets.UTF_8);
        Path locked = Files.createDirectories(articles.resolve("locked"));
        Files.writeString(locked.resolve("inside.txt"), "Hidden.\n" + QUOTE, StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("z.txt"), "After.\n" + QUOTE, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Path db = dir.resolve("tracker");

        Process child;
        String output;
        try {
            child = new ProcessBuilder("setpriv", "--bounding-set=-dac_override,-dac_read_search",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                    TrackerCommand.class.getName(), "import", "--db", db.toString(), articles.toString())
                    .redirectErrorStream(true).start();
            output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ChildJvm.awaitExit(child);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }

        assertEquals(1, child.exitValue(), output);
        assertTrue(output.contains("rejected " + locked + ": cannot read this folder (permission denied); nothing in it was imported"), output);
        assertTrue(output.contains("imported " + articles.resolve("a.txt")), output);
        assertTrue(output.contains("imported " + articles.resolve("z.txt")), output);
        assertTrue(output.contains("2 imported, 0 replaced, 0 unchanged, 1 rejected"), output);
    }

    private static boolean setprivCanDropReadOverride() {
        try {
            Process p = new ProcessBuilder("setpriv", "--bounding-set=-dac_override,-dac_read_search", "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return ChildJvm.awaitExit(p) == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, ChildJvm.awaitExit(p), String.join(" ", command) + " failed");
    }
}
