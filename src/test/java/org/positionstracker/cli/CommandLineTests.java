package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTests {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"import", "statements", "positions", "conflicts", "actors", "topics", "console"})
    void everyCommand_hasHelpThatNamesTheDbOption(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: positions-tracker " + command), run.out());
        assertTrue(run.out().contains("--db"), run.out());
    }

    @Test
    void topLevelHelp_listsTheCommands() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        for (String c : new String[] {"import", "statements", "positions", "actors", "topics", "console"})
            assertTrue(run.out().contains(c), c);
    }

    @Test
    void unknownTopic_failsWithOneLineNamingTheKnownTopics() {
        CliRun run = CliRun.of("statements", "--db", dir.resolve("t").toString(), "--topic", "weather");

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: no topic 'weather'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void dbUrlWithInjectedSettings_isRefusedBeforeAnythingOpens() {
        CliRun run = CliRun.of("actors", "--db", "jdbc:h2:mem:x;INIT=CREATE ALIAS X AS 'void x(){}'");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("INIT"), run.err());
    }

    @Test
    void badFormat_isAUsageError() {
        CliRun run = CliRun.of("topics", "--db", dir.resolve("t").toString(), "--format", "xml");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("xml"), run.err());
    }
}
