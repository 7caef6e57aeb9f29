package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article's positions and conflicts, as a careful reader of it writes them down: Ukraine
 * rejects giving up territory (Yermak and Kyiv), Russia demands it (Putin: "Ukraine must leave
 * those territories"), so territory is a Russia-Ukraine conflict; Kyiv prepares for talks on the
 * US plan and requires that it respect Ukrainian sovereignty, so Ukraine does not oppose the plan
 * and there is no peace-plan conflict; Putin makes a ceasefire conditional on withdrawal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPositionsIntegrationTests {
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

    private JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    /** actor -> topic -> stance, for the governments. */
    private Map<String, Map<String, String>> matrix() throws Exception {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (JsonNode p : json("positions", "--db", db, "--format", "json")) {
            String actor = p.get("actor").asText();
            if (actor.equals("Ukraine") || actor.equals("Russia"))
                out.computeIfAbsent(actor, k -> new TreeMap<>()).put(p.get("topic").asText(), p.get("stance").asText());
        }
        return out;
    }

    @Test
    void positionsMatrix_readsTrueToTheArticle() throws Exception {
        Map<String, Map<String, String>> m = matrix();
        System.out.println("seed positions: " + m);

        assertEquals("opposes", m.get("Ukraine").get("territory"), m.toString());
        assertEquals("demands", m.get("Russia").get("territory"), m.toString());
        assertFalse("opposes".equals(m.get("Ukraine").get("peace-plan")), "Kyiv prepares talks on the plan: " + m);
        assertTrue(Set.of("supports", "conditional").contains(m.get("Russia").get("peace-plan")),
                "Putin: the proposal could form the basis for talks: " + m);
        assertEquals("demands", m.get("Ukraine").get("sovereignty"), "the plan must respect Ukrainian sovereignty: " + m);
        assertEquals("conditional", m.get("Russia").get("ceasefire-conditions"), "without that, no ceasefire: " + m);
    }

    @Test
    void conflicts_areTerritoryBetweenRussiaAndUkraine_andNotThePeacePlan() throws Exception {
        Set<String> conflicts = new TreeSet<>();
        for (JsonNode c : json("conflicts", "--db", db, "--format", "json"))
            conflicts.add(c.get("topic").asText() + ": " + c.get("actor_a").asText() + " " + c.get("stance_a").asText()
                    + " / " + c.get("actor_b").asText() + " " + c.get("stance_b").asText());
        System.out.println("seed conflicts: " + conflicts);

        assertTrue(conflicts.stream().anyMatch(c -> c.startsWith("territory: ") && c.contains("Russia demands") && c.contains("Ukraine opposes")),
                conflicts.toString());
        assertTrue(conflicts.stream().noneMatch(c -> c.startsWith("peace-plan: ")), conflicts.toString());
    }
}
