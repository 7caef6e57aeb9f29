package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OverviewCommandTests {
    @Test
    void help_namesEveryOption_andGivesExamples() {
        CliRun run = CliRun.of("overview", "--help");

        assertEquals(0, run.exitCode());
        for (String option : new String[] {"--db", "--topic", "--actor", "--from", "--to", "--out", "Examples:"})
            assertTrue(run.out().contains(option), option + " in " + run.out());
    }

    @Test
    void topLevelHelp_listsTheOverviewCommand() {
        CliRun run = CliRun.of("--help");

        assertTrue(run.out().contains("overview"), run.out());
    }

    @Test
    void malformedDate_isAUsageError() {
        CliRun run = CliRun.of("overview", "--from", "2025-13-01", "--out", "x.html");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--from"), run.err());
    }
}
