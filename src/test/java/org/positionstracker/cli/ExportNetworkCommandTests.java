package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arguments of {@code export network}: usage errors are refused before any database is opened. */
class ExportNetworkCommandTests {
    @TempDir
    Path dir;

    private CliRun run(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "export";
        args[1] = "network";
        args[2] = "--db";
        args[3] = dir.resolve("db").resolve("tracker").toString();
        System.arraycopy(options, 0, args, 4, options.length);
        return CliRun.of(args);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--type|two-mode|Invalid value for option '--type': unknown network type 'two-mode' (expected actor-topic or actor-actor)",
            "--format|xml|Invalid value for option '--format': expected one of [graphml, csv]",
            "--from|2025-13-01|Invalid value for option '--from': '2025-13-01' is not a date (expected YYYY-MM-DD",
            "--to|yesterday|Invalid value for option '--to': 'yesterday' is not a date",
            "--relation|friends|Invalid value for option '--relation': unknown relation 'friends'"})
    void badValue_isAUsageErrorNamingTheOptionAndTheValue(String option, String value, String message) {
        CliRun run = run(option, value);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: " + message), run.err());
        assertFalse(Files.exists(dir.resolve("db")), "no database was opened");
    }

    @Test
    void fromAfterTo_isAUsageError() {
        CliRun run = run("--from", "2025-02-01", "--to", "2025-01-31");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: --from 2025-02-01 is after --to 2025-01-31"), run.err());
    }

    @Test
    void relation_isRefusedForTheActorTopicNetwork() {
        CliRun run = run("--type", "actor-topic", "--relation", "conflict");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: --relation applies to --type actor-actor only"), run.err());
    }

    @Test
    void exportWithoutWhat_isAUsageErrorNamingNetwork() {
        CliRun run = CliRun.of("export");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: Missing what to export: choose one of [network]"), run.err());
    }

    @Test
    void help_describesTheOptionsAndTheOutputFiles() {
        CliRun run = CliRun.of("export", "network", "--help");
        CliRun top = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        for (String option : new String[] {"--db", "--type", "--format", "--topic", "--from", "--to", "--roll-up", "--relation", "--out"})
            assertTrue(run.out().contains(option), option);
        assertTrue(run.out().contains("net-nodes.csv"), run.out());
        assertTrue(top.out().contains("export"), top.out());
    }

    @ParameterizedTest
    @CsvSource({"net.csv, net-nodes.csv", "net, net-nodes.csv", "out/net.edges.csv, out/net.edges-nodes.csv", ".hidden, .hidden-nodes.csv"})
    void nodeListFile_isNamedAfterTheEdgeListFile(String edges, String nodes) {
        assertEquals(Path.of(nodes), ExportNetworkCommand.nodesFile(Path.of(edges)));
    }
}
