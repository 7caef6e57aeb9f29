package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One disagreement is listed once: by default conflicts pair only top-level actors (those that
 * speak for no one else), in the conflicts command and the overview alike; --all-levels adds the
 * people speaking for them, as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConflictLevelsIntegrationTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private String db;

    @BeforeAll
    void importSeed() {
        db = dir.resolve("seed").toString();
        CliRun run = CliRun.of("import", "--db", db, "seeds");
        assertEquals(0, run.exitCode(), run.err());
    }

    private Set<String> pairs(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("conflicts", "--db", db, "--format", "json"));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        Set<String> out = new TreeSet<>();
        for (JsonNode c : JSON.readTree(run.out()))
            out.add(c.get("topic").asText() + ": " + c.get("actor_a").asText() + " / " + c.get("actor_b").asText());
        return out;
    }

    @Test
    void byDefault_onlyTopLevelActorsArePaired() throws Exception {
        Set<String> pairs = pairs();

        assertEquals(Set.of("territory: Russia / Ukraine"), pairs);
    }

    @Test
    void allLevels_addsThePeopleSpeakingForThem() throws Exception {
        Set<String> pairs = pairs("--all-levels");

        assertTrue(pairs.contains("territory: Russia / Ukraine"), pairs.toString());
        assertTrue(pairs.stream().anyMatch(p -> p.contains("Vladimir Putin") && p.contains("Andriy Yermak")), pairs.toString());
        assertTrue(pairs.size() > 1, pairs.toString());
    }

    @Test
    void overview_listsTheSameTopLevelConflicts_andAllLevelsOnRequest() throws Exception {
        Path page = dir.resolve("overview.html");
        Path wide = dir.resolve("overview-all.html");

        CliRun top = CliRun.of("overview", "--db", db, "--out", page.toString());
        CliRun all = CliRun.of("overview", "--db", db, "--all-levels", "--out", wide.toString());

        assertEquals(0, top.exitCode(), top.err());
        assertEquals(0, all.exitCode(), all.err());
        String topHtml = Files.readString(page, StandardCharsets.UTF_8);
        String allHtml = Files.readString(wide, StandardCharsets.UTF_8);
        assertTrue(topHtml.contains("Conflicts (1)"), "one conflict at the top level");
        assertTrue(allHtml.contains("Conflicts (" + pairs("--all-levels").size() + ")"), "every pair with --all-levels");
    }
}
