package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.db.Database;
import org.positionstracker.db.H2Admin;
import org.positionstracker.testing.ChildJvm;

/**
 * Which commands pay for the full schema check (Flyway's validation, Hibernate's): those that
 * write, every time; those that only read, only when the database's schema version is not the
 * newest this jar ships.
 */
class SchemaCheckByCommandIntegrationTests {
    @TempDir
    Path dir;

    private CliOnDatabase cli;

    @BeforeEach
    void importTheSeed() {
        cli = new CliOnDatabase(dir.resolve("data/tracker").toString());
        cli.ok("import", "seeds");
    }

    @Test
    void readCommands_onAnUpToDateDatabase_checkTheVersionOnly() throws Exception {
        String article = cli.statements().get(0).get("article").asText();
        List<List<String>> reads = List.of(List.of("topics"), List.of("statements"), List.of("statements", "--topic", "territory"),
                List.of("positions"), List.of("conflicts"), List.of("actors"), List.of("articles"), List.of("articles", "show", article),
                List.of("report", "position-matrix"), List.of("overview", "--out", dir.resolve("overview.html").toString()),
                List.of("export", "network", "--out", dir.resolve("network.graphml").toString()), List.of("review", "list"));

        for (List<String> read : reads) {
            long before = Database.fullSchemaChecks();

            cli.ok(read.toArray(String[]::new));

            assertEquals(before, Database.fullSchemaChecks(), String.join(" ", read) + " ran the full schema check");
        }
    }

    @Test
    void writeCommands_checkFully_evenOnAnUpToDateDatabase() throws Exception {
        String statement = cli.statements().get(0).get("id").asText();
        String article = cli.statements().get(0).get("article").asText();
        List<List<String>> writes = List.of(List.of("import", "seeds"), List.of("review", "reject", statement, "--why", "a test"),
                List.of("articles", "delete", article), List.of("compact"));

        for (List<String> write : writes) {
            long before = Database.fullSchemaChecks();

            cli.ok(write.toArray(String[]::new));

            assertEquals(before + 1, Database.fullSchemaChecks(), String.join(" ", write) + " did not run the full schema check");
        }
    }

    @Test
    void aReadCommand_inAJvmOfItsOwn_loadsNeitherHibernateNorFlywayNorThePoolsLogging() throws Exception {
        Path classLog = dir.resolve("classes.txt");
        Path output = dir.resolve("out.txt");
        ProcessBuilder child = ChildJvm.running(TrackerCommand.class, List.of("conflicts", "--db", cli.db()));
        child.command().add(1, "-Xlog:class+load:file=" + classLog);

        int exitCode = ChildJvm.awaitExit(child.redirectErrorStream(true).redirectOutput(output.toFile()).start());

        assertEquals(0, exitCode, Files.readString(output));
        List<String> loaded = Files.readAllLines(classLog);
        assertTrue(loaded.stream().anyMatch(line -> line.contains(" org.h2.Driver ")), "the log should list the classes loaded");
        assertEquals(List.of(), loaded.stream()
                .filter(line -> line.contains(" org.hibernate.") || line.contains(" org.flywaydb.") || line.contains(" ch.qos.logback."))
                .limit(5).toList());
    }

    @Test
    void aReadCommand_onAnUpToDateDatabaseOpenedReadOnly_answersWithTheVersionCheckOnly() {
        long before = Database.fullSchemaChecks();

        CliRun run = CliRun.of("statements", "--topic", "territory", "--db", "jdbc:h2:file:" + cli.db() + ";ACCESS_MODE_DATA=r");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().strip().endsWith("10 statements"), run.out());
        assertEquals(before, Database.fullSchemaChecks());
    }

    @Test
    void aReadCommand_onADatabaseWhoseVersionIsNotTheJars_checksFully() throws Exception {
        try (Connection c = H2Admin.connect(dir.resolve("data/tracker").toString()); Statement st = c.createStatement()) {
            // as if the newest migration had failed: the database's latest successful version is then an older one
            st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"installed_rank\" = (SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")");
        }
        long before = Database.fullSchemaChecks();

        CliRun run = CliRun.of("topics", "--db", cli.db());

        assertEquals(before + 1, Database.fullSchemaChecks());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("error: database migration failed:"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
