package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTests {
    @TempDir
    Path dir;

    /** Every command and subcommand registered, found from the command line model, so a new one cannot miss the check. */
    static java.util.stream.Stream<String> everyCommand() {
        List<String> names = new java.util.ArrayList<>();
        collect(new picocli.CommandLine(new TrackerCommand()), "", names);
        return names.stream();
    }

    private static void collect(picocli.CommandLine cli, String prefix, List<String> names) {
        cli.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) return;
            String path = (prefix + " " + name).strip();
            if (sub.getSubcommands().isEmpty() || sub.getSubcommands().keySet().equals(java.util.Set.of("help"))) names.add(path);
            collect(sub, path, names);
        });
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("everyCommand")
    void everyCommand_hasHelpThatNamesTheDbOption(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add("--help");

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Usage: positions-tracker " + command), run.out());
        if (!DATABASE_FREE.contains(command)) assertTrue(run.out().contains("--db"), run.out());
    }

    /** Commands that never open a database, so have no --db. */
    static final java.util.Set<String> DATABASE_FREE = java.util.Set.of("evaluate");

    @Test
    void everyCommand_isFound() {
        assertTrue(everyCommand().toList().containsAll(List.of("import", "statements", "positions", "conflicts", "actors", "topics",
                "console", "report", "overview", "review speaker", "review list", "evaluate")), everyCommand().toList().toString());
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

    @Test
    void usageErrors_areOneLinePointingAtTheHelp() {
        CliRun unknown = CliRun.of("statements", "--no-such-option");
        CliRun missing = CliRun.of("review", "reject", "1");

        for (CliRun run : List.of(unknown, missing)) {
            assertEquals(2, run.exitCode());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().startsWith("error: "), run.err());
        }
        assertTrue(unknown.err().contains("--no-such-option") && unknown.err().contains("positions-tracker statements --help"), unknown.err());
        assertTrue(missing.err().contains("--why"), missing.err());
    }
}
