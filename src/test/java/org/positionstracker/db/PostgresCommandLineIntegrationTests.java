package org.positionstracker.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.cli.TrackerCommand;
import org.positionstracker.testing.ChildJvm;

/**
 * The README's way onto PostgreSQL, as a user runs it: a separate {@code java} process given
 * {@code --db jdbc:postgresql://HOST:PORT/DB} and the credentials in {@code TRACKER_DB_USER} /
 * {@code TRACKER_DB_PASSWORD}, against a server that checks the password.
 */
class PostgresCommandLineIntegrationTests {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run tracker(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = ChildJvm.running(TrackerCommand.class, List.of(args))
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("TRACKER_DB_USER");
        builder.environment().remove("TRACKER_DB_PASSWORD");
        builder.environment().putAll(environment);
        Process child = builder.start();
        return new Run(ChildJvm.awaitExit(child), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void importAndQuery_withTheUrlAndTheCredentialsFromTheEnvironment() throws Exception {
        String url = EmbeddedPostgresServer.get().createDatabase("cli");
        Path article = dir.resolve("article.txt");
        Files.writeString(article, "Talks resume\n\n\"We will never give up our land,\" Ukrainian President Volodymyr Zelenskyy said on Monday.\n",
                StandardCharsets.UTF_8);
        Map<String, String> credentials = Map.of("TRACKER_DB_USER", EmbeddedPostgresServer.ROLE,
                "TRACKER_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD);

        Run imported = tracker(credentials, "import", "--db", url, article.toString());
        Run statements = tracker(credentials, "statements", "--db", url, "--format", "csv");

        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("1 imported"), imported.out());
        assertTrue(imported.out().contains("database: " + url), imported.out());
        assertEquals(0, statements.exitCode(), statements.err());
        assertTrue(statements.out().contains("We will never give up our land"), statements.out());
    }

    @Test
    void aWrongPassword_stopsWithOneLine() throws Exception {
        String url = EmbeddedPostgresServer.get().createDatabase("cli");

        Run run = tracker(Map.of("TRACKER_DB_USER", EmbeddedPostgresServer.ROLE, "TRACKER_DB_PASSWORD", "not-the-password"),
                "topics", "--db", url, "--verbose");

        assertEquals(1, run.exitCode(), run.out() + run.err());
        List<String> errorLines = run.err().lines().filter(l -> l.startsWith("error:")).toList();
        assertEquals(1, errorLines.size(), run.err());
        assertTrue(errorLines.get(0).contains("password authentication failed"), run.err());
        assertFalse(run.err().contains("not-the-password"), run.err());
        // failing at once, not after the pool's 30 s connection timeout, shows in the cause: the pool's
        // start failed, rather than a wait for a connection that "timed out"
        assertFalse(run.err().contains("timed out"), run.err());
    }
}
