package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 8: names with a newline or an escape sequence are printed escaped, never raw. */
class ControlCharactersIntegrationTests {
    @TempDir
    Path dir;

    @Test
    void aRejectedFileNamedWithANewlineAndAnEscapeSequence_isOneEscapedLine() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.write(articles.resolve("forged\nimported real.txt: 1 statement\u001b[2J.txt"), new byte[0]);

        CliRun run = CliRun.of("import", "--db", dir.resolve("db").resolve("tracker").toString(), articles.toString());

        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("forged\\nimported real.txt: 1 statement\\x1b[2J.txt: empty file"), run.err());
        assertFalse(run.err().contains("\u001b") || run.out().contains("\u001b"), "a raw escape character was printed");
    }

    @Test
    void anErrorNamingAPathWithControlCharacters_isOneEscapedLine() {
        Path out = dir.resolve("no\u001b[2Jsuch\nfolder").resolve("report.md");

        CliRun run = CliRun.of("report", "conflicts", "--db", dir.resolve("db").resolve("tracker").toString(), "--out", out.toString());

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("no\\x1b[2Jsuch\\nfolder"), run.err());
    }
}
