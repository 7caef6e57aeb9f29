package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.positionstracker.db.Backend;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import org.positionstracker.network.ParsedGraphml;

/**
 * {@code export network} end to end on the seed article, on H2 and PostgreSQL: the GraphML is
 * read back with a DOM parser and its nodes, edges and weights are checked against counts
 * computed independently, in plain SQL on the reporting view v_statement_topic.
 */
@ParameterizedClass
@EnumSource(Backend.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportNetworkIntegrationTests {
    /** Per speaker (or, rolled up, the actor spoken for) and topic: statements leaning +, leaning -, and all. */
    private static final String LEANINGS = """
            SELECT %s AS actor, topic,
                   SUM(CASE WHEN stance IN ('supports', 'demands', 'conditional') THEN 1 ELSE 0 END) AS pro,
                   SUM(CASE WHEN stance = 'opposes' THEN 1 ELSE 0 END) AS contra
            FROM v_statement_topic WHERE topic IS NOT NULL %s GROUP BY %s, topic""";

    @TempDir
    static Path dir;

    @Parameter
    Backend backend;

    private String db;

    @BeforeParameterizedClassInvocation
    void importSeeds() {
        db = backend.freshDatabaseOption(dir, "network");
        CliRun run = CliRun.of("import", "--db", db, "seeds");
        assertEquals(0, run.exitCode(), run.err());
    }

    private List<List<Object>> sql(String query) throws Exception {
        try (Database d = Database.open(DatabaseLocation.parse(db)); Connection c = d.readOnlyConnection();
             ResultSet rs = c.createStatement().executeQuery(query)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) row.add(rs.getObject(i));
                rows.add(row);
            }
            return rows;
        }
    }

    private ParsedGraphml exported(String file, String... options) throws Exception {
        Path out = dir.resolve(backend + "-" + file);
        List<String> args = new ArrayList<>(List.of("export", "network", "--db", db, "--out", out.toString()));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("wrote " + out + ": "), run.out());
        return ParsedGraphml.read(out);
    }

    /** Edge weights by "label -- label" (labels sorted, so either direction matches) and relation, if any. */
    private static Map<String, Double> weights(ParsedGraphml graph) {
        Map<String, Double> weights = new TreeMap<>();
        for (ParsedGraphml.ParsedEdge e : graph.edges()) {
            String relation = e.values().containsKey("relation") ? " " + e.values().get("relation") : "";
            assertEquals(null, weights.put(pair(graph.label(e.source()), graph.label(e.target())) + relation,
                    Double.parseDouble(e.values().get("weight"))), "one edge per pair and relation");
        }
        return weights;
    }

    private static String pair(Object a, Object b) {
        return a.toString().compareTo(b.toString()) < 0 ? a + " -- " + b : b + " -- " + a;
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    @Test
    void actorTopic_hasANodePerSpeakerAndTopic_andAnEdgePerSpeakerAndTopicWeightedByItsStatements() throws Exception {
        ParsedGraphml graph = exported("actor-topic.graphml", "--type", "actor-topic");

        Map<String, Double> expected = new TreeMap<>();
        for (List<Object> r : sql("SELECT speaker, topic_label, COUNT(*) FROM v_statement_topic WHERE topic IS NOT NULL GROUP BY speaker, topic_label"))
            expected.put(pair(r.get(0), r.get(1)), (double) number(r.get(2)));
        Map<String, String> expectedTypes = new TreeMap<>();
        for (List<Object> r : sql("SELECT DISTINCT speaker FROM v_statement_topic WHERE topic IS NOT NULL")) expectedTypes.put((String) r.get(0), "actor");
        for (List<Object> r : sql("SELECT DISTINCT topic_label FROM v_statement_topic WHERE topic IS NOT NULL")) expectedTypes.put((String) r.get(0), "topic");
        Map<String, String> types = new TreeMap<>();
        graph.nodes().values().forEach(n -> types.put(n.get("label"), n.get("type")));
        assertEquals(expectedTypes, types);
        assertEquals(expected, weights(graph));
        assertTrue(expected.size() >= 10, "the seed makes a real network: " + expected);
        for (List<Object> r : sql("SELECT speaker, COUNT(DISTINCT statement_id) FROM v_statement_topic WHERE topic IS NOT NULL GROUP BY speaker"))
            assertEquals(String.valueOf(number(r.get(1))), graph.nodes().get(graph.idsByLabel().get((String) r.get(0))).get("statements"), r.toString());
        assertEquals("double", graph.keyTypes().get("edge:weight"));
        assertEquals("actor-topic", graph.graphId());
    }

    @Test
    void actorActor_hasTheCongruencesAndConflictsTheStancesInTheViewImply() throws Exception {
        ParsedGraphml graph = exported("actor-actor.graphml", "--type", "actor-actor");

        assertEquals(expectedTies("speaker", ""), weights(graph));
        assertEquals(new TreeSet<>(sql("SELECT DISTINCT speaker FROM v_statement_topic WHERE topic IS NOT NULL").stream().map(r -> r.get(0)).toList()),
                new TreeSet<>(graph.idsByLabel().keySet()), "every speaker on a topic is a node, tied or not");
        assertTrue(weights(graph).containsKey("Ukraine -- Vladimir Putin conflict"), weights(graph).toString());
    }

    @Test
    void rolledUp_ukraineAndRussiaAreInConflictOverTerritory_withTheirMembersStatements() throws Exception {
        ParsedGraphml graph = exported("camps.graphml", "--type", "actor-actor", "--roll-up", "--topic", "territory", "--relation", "conflict");

        Map<String, Double> expected = expectedTies("COALESCE(speaks_for, speaker)", "AND topic = 'territory'");
        expected.keySet().removeIf(k -> !k.endsWith(" conflict"));
        assertEquals(expected, weights(graph));
        assertTrue(weights(graph).containsKey("Russia -- Ukraine conflict"), weights(graph).toString());
        long ukraineAndYermak = number(sql("SELECT COUNT(*) FROM v_statement_topic WHERE topic = 'territory' AND stance = 'opposes' "
                + "AND (speaker = 'Ukraine' OR speaks_for = 'Ukraine')").get(0).get(0));
        assertTrue(ukraineAndYermak > number(sql("SELECT COUNT(*) FROM v_statement_topic WHERE topic = 'territory' AND speaker = 'Ukraine'").get(0).get(0)),
                "Ukraine's members (Yermak) speak on territory too");
    }

    /**
     * Congruence and conflict weights by pair, in SQL. An actor leans the way of its statements on a
     * topic; this SQL holds when no actor's statements on a topic lean both ways, which it checks.
     */
    private Map<String, Double> expectedTies(String actor, String filter) throws Exception {
        String leanings = LEANINGS.formatted(actor, filter, actor);
        assertEquals(0L, number(sql("SELECT COUNT(*) FROM (" + leanings + ") l WHERE pro > 0 AND contra > 0").get(0).get(0)),
                "an actor leans both ways on a topic: this test's SQL no longer decides the dominant stance");
        Map<String, Double> expected = new TreeMap<>();
        for (List<Object> r : sql("""
                SELECT a.actor, b.actor, CASE WHEN (a.pro > 0) = (b.pro > 0) THEN 'congruence' ELSE 'conflict' END,
                       a.pro + a.contra + b.pro + b.contra
                FROM (%s) a JOIN (%s) b ON a.topic = b.topic AND a.actor <> b.actor
                WHERE a.pro + a.contra > 0 AND b.pro + b.contra > 0""".formatted(leanings, leanings))) {
            expected.merge(pair(r.get(0), r.get(1)) + " " + r.get(2), number(r.get(3)) / 2.0, Double::sum); // each pair comes twice
        }
        return expected;
    }

    @Test
    void csv_writesTheEdgeListAndTheNodeListNextToIt_replacingOldFilesWhole() throws Exception {
        Path edges = dir.resolve(backend + "-net.csv");
        Files.writeString(edges, "old content that must go\n");

        CliRun run = CliRun.of("export", "network", "--db", db, "--type", "actor-actor", "--format", "csv", "--out", edges.toString());

        assertEquals(0, run.exitCode(), run.err());
        Path nodes = dir.resolve(backend + "-net-nodes.csv");
        assertTrue(run.out().startsWith("wrote " + edges + " and " + nodes + ": "), run.out());
        ParsedGraphml graph = exported("same.graphml", "--type", "actor-actor");
        assertEquals(graph.edges().size() + 1, Files.readAllLines(edges).size());
        assertEquals(graph.nodes().size() + 1, Files.readAllLines(nodes).size());
        assertTrue(Files.readAllLines(edges).get(0).startsWith("source,target,id,type,weight,relation"));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left behind");
        }
    }

    @Test
    void withoutOut_theNetworkGoesToStandardOutput_andTheSummaryToStandardError() throws Exception {
        CliRun run = CliRun.of("export", "network", "--db", db, "--type", "actor-actor", "--relation", "subtract");

        assertEquals(0, run.exitCode(), run.err());
        ParsedGraphml graph = ParsedGraphml.parse(run.out());
        assertTrue(run.err().startsWith("wrote standard output: " + graph.nodes().size() + " nodes, " + graph.edges().size() + " edges (actor-actor subtract, "),
                run.err());
        assertTrue(graph.edges().stream().allMatch(e -> Double.parseDouble(e.values().get("weight"))
                == Double.parseDouble(e.values().get("congruence")) - Double.parseDouble(e.values().get("conflict"))));
    }

    @Test
    void dateFilter_leavesOutStatementsWithoutADate_andTheSummarySaysHowMany() throws Exception {
        long undated = number(sql("SELECT COUNT(DISTINCT statement_id) FROM v_statement_topic WHERE topic IS NOT NULL AND said_on IS NULL").get(0).get(0));
        long speakersInRange = number(sql("SELECT COUNT(DISTINCT speaker) FROM v_statement_topic WHERE topic IS NOT NULL "
                + "AND said_on >= DATE '2000-01-01' AND said_on <= DATE '2099-12-31'").get(0).get(0));

        CliRun run = CliRun.of("export", "network", "--db", db, "--type", "actor-actor", "--from", "2000-01-01", "--to", "2099-12-31",
                "--format", "csv");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(speakersInRange + " node"), run.err());
        assertTrue(run.err().contains("2000-01-01..2099-12-31"), run.err());
        assertEquals(undated > 0, run.err().contains("; " + undated + " statement" + (undated == 1 ? "" : "s") + " without a date left out"), run.err());
    }

    @Test
    void unknownTopic_failsWithOneLineNamingTheKnownTopics() {
        CliRun run = CliRun.of("export", "network", "--db", db, "--topic", "weather");

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: no topic 'weather'; known topics: "), run.err());
        assertTrue(run.err().contains("territory"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void outInAFolderThatDoesNotExist_failsBeforeAnythingIsRead() {
        Path out = dir.resolve("missing").resolve("net.graphml");

        CliRun run = CliRun.of("export", "network", "--db", db, "--out", out.toString());

        assertEquals(1, run.exitCode());
        assertEquals("error: cannot write " + out + ": the folder " + out.getParent() + " does not exist", run.err().strip());
    }
}
