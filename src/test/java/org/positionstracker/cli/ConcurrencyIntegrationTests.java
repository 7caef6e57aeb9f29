package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import org.positionstracker.testing.ChildJvm;

/** Several processes on one H2 file database: each works or says, in one line, who holds it. */
class ConcurrencyIntegrationTests {
    @TempDir
    Path dir;

    record Finished(int exitCode, String output) {
    }

    private Process start(String... args) throws IOException {
        return ChildJvm.running(TrackerCommand.class, List.of(args)).redirectErrorStream(true).start();
    }

    private static Finished finish(Process p) throws Exception {
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Finished(ChildJvm.awaitExit(p), output);
    }

    private Path folder(String name, int articles) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        String seed = Files.readString(Path.of("seeds", "000_dcad965514c1b99f.txt"));
        for (int i = 0; i < articles; i++) Files.writeString(folder.resolve(name + "-" + i + ".txt"), seed + "\n" + name + " copy " + i + "\n");
        return folder;
    }

    @Test
    void importWhileAnotherProcessHasTheDatabaseOpen_failsWithOneLineNamingThatProcess() throws Exception {
        Path db = dir.resolve("tracker");
        Path articles = folder("a", 1);

        Finished run;
        try (Database holder = Database.open(DatabaseLocation.parse(db.toString()))) {
            run = finish(start("import", "--db", db.toString(), articles.toString()));
        }

        assertEquals(1, run.exitCode(), run.output());
        assertEquals(1, run.output().strip().lines().count(), run.output());
        assertTrue(run.output().startsWith("error: the database ") && run.output().contains("in use by pid " + ProcessHandle.current().pid()),
                run.output());
        assertFalse(run.output().contains("Exception"), run.output());
    }

    @Test
    void twoImportsAtOnce_neverCorruptTheDatabase() throws Exception {
        Path db = dir.resolve("tracker");
        Path first = folder("first", 3);
        Path second = folder("second", 3);

        Process a = start("import", "--db", db.toString(), first.toString());
        Process b = start("import", "--db", db.toString(), second.toString());
        Finished ra = finish(a);
        Finished rb = finish(b);
        for (Finished r : List.of(ra, rb)) {
            assertTrue(r.exitCode() == 0 || r.output().contains("is in use by"), r.output());
            assertFalse(r.output().contains("Exception"), r.output());
        }
        Finished again = finish(start("import", "--db", db.toString(), first.toString(), second.toString()));
        Finished listed = finish(start("statements", "--db", db.toString(), "--format", "json"));

        assertEquals(0, again.exitCode(), again.output());
        JsonNode statements = new ObjectMapper().readTree(listed.output());
        long perArticle = -1;
        for (String name : List.of("first-0.txt", "first-1.txt", "first-2.txt", "second-0.txt", "second-1.txt", "second-2.txt")) {
            long count = 0;
            for (JsonNode s : statements) if (s.get("article").asText().equals(name)) count++;
            assertTrue(count > 0, name + " missing");
            if (perArticle < 0) perArticle = count;
            assertEquals(perArticle, count, name + " has a different number of statements than its identical siblings");
        }
    }
}
