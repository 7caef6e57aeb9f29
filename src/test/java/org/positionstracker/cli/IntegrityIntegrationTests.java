package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.db.H2Admin;

class IntegrityIntegrationTests {
    private static final String INJECTION = "'); DROP TABLE actor;--";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("data/tracker").toString();
    }

    @Test
    void anEditedAppliedMigration_stopsTheTrackerWithOneClearLine() throws Exception {
        assertEquals(0, CliRun.of("topics", "--db", db()).exitCode());
        try (Connection c = H2Admin.connect(db())) {
            c.createStatement().executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'");
        }

        // a command that writes (read commands check the schema version only; see SchemaCheckByCommandIntegrationTests)
        CliRun run = CliRun.of("import", "--db", db(), "seeds");

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: database migration failed:") && run.err().toLowerCase().contains("checksum"), run.err());
    }

    @Test
    void aMigrationThatCannotApply_stopsTheTrackerWithOneClearLine_andStartsNothing() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        // as an earlier version made databases: admin sa with an empty password
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db(), "sa", "")) {
            c.createStatement().execute("CREATE TABLE article (id INT)");
        }

        CliRun run = CliRun.of("import", "--db", db(), "seeds");

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: database migration failed:"), run.err());
        assertFalse(run.out().contains("imported"), run.out());
    }

    @Test
    void sqlInArticlesAndArguments_isStoredAndMatchedLiterally() throws Exception {
        Path article = dir.resolve("sql.txt");
        String text = "Hearing\n\u201CWe reject " + INJECTION + " and every other trick,\u201D the minister said.\n";
        Files.writeString(article, text, StandardCharsets.UTF_8);

        CliRun imported = CliRun.of("import", "--db", db(), article.toString());
        CliRun byActor = CliRun.of("statements", "--db", db(), "--actor", INJECTION);
        CliRun byTopic = CliRun.of("statements", "--db", db(), "--topic", INJECTION);
        CliRun all = CliRun.of("statements", "--db", db(), "--format", "json");

        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(1, byActor.exitCode());
        assertTrue(byActor.err().contains("no actor or alias '" + INJECTION + "'"), byActor.err());
        assertEquals(1, byTopic.exitCode());
        JsonNode statements = new ObjectMapper().readTree(all.out());
        assertTrue(statements.size() >= 1, all.out());
        assertTrue(statements.get(0).get("text").asText().contains(INJECTION));
        try (Connection c = H2Admin.connect(db());
             ResultSet rs = c.createStatement().executeQuery("SELECT body FROM article")) {
            assertTrue(rs.next());
            assertEquals(text, rs.getString(1));
            assertTrue(c.createStatement().executeQuery("SELECT COUNT(*) FROM actor").next(), "actor table still there");
        }
    }

    @Test
    void databaseFolderAndFiles_areReadableByTheirOwnerOnly() throws Exception {
        CliRun run = CliRun.of("import", "--db", db(), "seeds");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data"))));
        try (var files = Files.list(dir.resolve("data"))) {
            for (Path f : (Iterable<Path>) files::iterator)
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
        }
    }
}
