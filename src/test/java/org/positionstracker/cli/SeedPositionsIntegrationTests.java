package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.db.H2Admin;

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

    private static final String TERRITORY_CLAIM = "Ukraine gives up territory to Russia";

    @Test
    void claim_isTheLastColumnOfEveryReportingView_andHoldsTheCodebooksClaim() throws Exception {
        try (Connection c = H2Admin.connect(db)) {
            for (String view : new String[] {"v_statement_topic", "v_position_matrix", "v_conflict"}) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + view + " WHERE topic = 'territory'")) {
                    ResultSetMetaData md = rs.getMetaData();

                    assertEquals("CLAIM", md.getColumnName(md.getColumnCount()).toUpperCase(java.util.Locale.ROOT), view);
                    assertTrue(rs.next(), view + " has territory rows");
                    assertEquals(TERRITORY_CLAIM, rs.getString("claim"), view);
                }
            }
        }
    }

    @Test
    void claim_showsInTopicsReportsOverviewAndGraphml() throws Exception {
        Path page = dir.resolve("overview.html");
        Path graph = dir.resolve("actor-topic.graphml");

        JsonNode topics = json("topics", "--db", db, "--format", "json");
        CliRun report = CliRun.of("report", "position-matrix", "--db", db, "--format", "csv");
        CliRun overview = CliRun.of("overview", "--db", db, "--out", page.toString());
        CliRun export = CliRun.of("export", "network", "--db", db, "--out", graph.toString());

        boolean listed = false;
        for (JsonNode t : topics) listed |= t.get("slug").asText().equals("territory") && t.get("claim").asText().equals(TERRITORY_CLAIM);
        assertTrue(listed, topics.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.out().lines().findFirst().orElse("").endsWith("claim") && report.out().contains(TERRITORY_CLAIM), report.out());
        assertEquals(0, overview.exitCode(), overview.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("<span class=\"claim\">" + TERRITORY_CLAIM + "</span></th>"), "matrix header shows the claim");
        assertTrue(html.contains("<dl class=\"claims\">") && html.contains("<dd>" + TERRITORY_CLAIM + "</dd>"), "legend lists the claims");
        assertEquals(0, export.exitCode(), export.err());
        String xml = Files.readString(graph, StandardCharsets.UTF_8);
        assertTrue(xml.contains("attr.name=\"claim\"") && xml.contains(TERRITORY_CLAIM), "GraphML topic nodes carry the claim");
    }

    @Test
    void aDatabaseWithoutClaims_getsThemWhenTheCodebookIsSyncedOnImport() throws Exception {
        try (Connection c = H2Admin.connect(db)) {
            c.createStatement().executeUpdate("UPDATE topic SET claim = NULL");
        }

        CliRun run = CliRun.of("import", "--db", db, "seeds");

        assertEquals(0, run.exitCode(), run.err());
        try (Connection c = H2Admin.connect(db);
             ResultSet rs = c.createStatement().executeQuery("SELECT claim FROM topic WHERE slug = 'territory'")) {
            assertTrue(rs.next());
            assertEquals(TERRITORY_CLAIM, rs.getString(1));
        }
    }

    // One disagreement is listed once: by default conflicts pair only top-level actors (those that
    // speak for no one else), in the conflicts command and the overview alike; --all-levels adds
    // the people speaking for them.

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
