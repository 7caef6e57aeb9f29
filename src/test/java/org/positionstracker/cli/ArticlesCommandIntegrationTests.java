package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.positionstracker.db.Backend;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;

/** The articles command: the list with its counts, an article's marked text, and deleting articles with their statements. */
@ParameterizedClass
@EnumSource(Backend.class)
class ArticlesCommandIntegrationTests {
    private static final Path SEED = Path.of("seeds", "000_dcad965514c1b99f.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private String db;
    private Path articles;

    @BeforeEach
    void importSeedAndADatedArticle() throws Exception {
        db = backend.freshDatabaseOption(dir, "articles");
        articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(SEED, articles.resolve(SEED.getFileName()));
        Files.writeString(articles.resolve("ferry.txt"), """
                ---
                title: Ferry talks open
                outlet: Example Wire
                published: 2025-11-03
                ---
                "The ferry tariff is far too high for the islanders," Anna Berg said.

                "Ukraine will never give up its territory," Carl Dunn said.
                """);
        ok("import", articles.toString());
    }

    @Test
    void list_givesEachArticleWithItsMetadataAndCounts() throws Exception {
        List<JsonNode> list = json(ok("articles", "--format", "json").out());
        CliRun table = ok("articles");

        JsonNode ferry = byFile(list, "ferry.txt");
        assertEquals("Ferry talks open", ferry.get("title").asText());
        assertEquals("Example Wire", ferry.get("outlet").asText());
        assertEquals("2025-11-03", ferry.get("published_on").asText());
        assertEquals(statements("--article", "ferry.txt").size(), ferry.get("statements").asInt());
        assertEquals(2, ferry.get("speakers").asInt());
        JsonNode seed = byFile(list, SEED.getFileName().toString());
        assertEquals(statements("--article", SEED.getFileName().toString()).size(), seed.get("statements").asInt());
        assertTrue(table.out().lines().findFirst().orElseThrow().matches("id\\s+file\\s+title\\s+outlet\\s+published_on\\s+statements\\s+speakers"), table.out());
        assertEquals("id,file,title,outlet,published_on,statements,speakers", ok("articles", "--format", "csv").out().lines().findFirst().orElseThrow());
    }

    @Test
    void show_marksEveryStatementInTheText_andDescribesItUnderItsLine() throws Exception {
        List<JsonNode> expected = statements("--article", "ferry.txt");
        String id = byFile(json(ok("articles", "--format", "json").out()), "ferry.txt").get("id").asText();

        String shown = ok("articles", "show", id).out();
        String byName = ok("articles", "show", "ferry.txt").out();

        assertEquals(shown, byName);
        assertFalse(expected.isEmpty());
        for (int n = 1; n <= expected.size(); n++) {
            JsonNode s = expected.get(n - 1);
            assertTrue(shown.contains("[" + n + ">" + s.get("text").asText() + "<" + n + "]"), shown);
            assertTrue(shown.contains("    [" + n + "] #" + s.get("id").asText() + " " + s.get("speaker").asText() + ", " + s.get("mode").asText()), shown);
        }
        assertTrue(shown.contains("title:  Ferry talks open"), shown);
        JsonNode asJson = JSON.readTree(ok("articles", "show", id, "--format", "json").out());
        String body = asJson.get("body").asText();
        for (JsonNode s : asJson.get("statements"))
            assertEquals(s.get("text").asText(), body.substring(s.get("start").asInt(), s.get("end").asInt()));
    }

    @Test
    void delete_removesArticleAndStatements_recomputesPositions_andKeepsCorrectionsForAReimport() throws Exception {
        List<JsonNode> seedStatements = statements("--article", SEED.getFileName().toString());
        JsonNode rejected = seedStatements.get(1);
        ok("review", "reject", rejected.get("id").asText(), "--why", "not a statement");
        String seedId = byFile(json(ok("articles", "--format", "json").out()), SEED.getFileName().toString()).get("id").asText();

        CliRun deleted = ok("articles", "delete", seedId);

        assertTrue(deleted.out().contains("1 correction kept for a re-import"), deleted.out());
        assertEquals(List.of("ferry.txt"), json(ok("articles", "--format", "json").out()).stream().map(a -> a.get("file").asText()).toList());
        assertTrue(statements().stream().allMatch(s -> s.get("article").asText().equals("ferry.txt")));
        assertEquals(positionsFromStatements(), positionsStored());
        assertEquals("article not imported", json(ok("review", "list", "--format", "json").out()).get(0).get("status").asText());

        ok("import", articles.toString());

        List<JsonNode> back = statements("--article", SEED.getFileName().toString());
        assertEquals(seedStatements.size() - 1, back.size());
        assertTrue(back.stream().noneMatch(s -> s.get("text").asText().equals(rejected.get("text").asText())));
        assertEquals("applied", json(ok("review", "list", "--format", "json").out()).get(0).get("status").asText());
        assertEquals(positionsFromStatements(), positionsStored());
    }

    @Test
    void deleteWithAnUnknownArticle_deletesNothing_andSaysWhichInOneLine() throws Exception {
        String ferryId = byFile(json(ok("articles", "--format", "json").out()), "ferry.txt").get("id").asText();

        CliRun run = CliRun.of("articles", "delete", ferryId, "999999", "--db", db);
        CliRun show = CliRun.of("articles", "show", "no-such.txt", "--db", db);

        assertEquals(1, run.exitCode());
        assertEquals("error: no article with id or file name '999999' (list them with the articles command)", run.err().strip());
        assertEquals(2, json(ok("articles", "--format", "json").out()).size());
        assertEquals(1, show.exitCode());
        assertTrue(show.err().startsWith("error: no article with id or file name 'no-such.txt'"), show.err());
    }

    /** Actor/topic -> statement count, from the statements each actor and those speaking for it made. */
    private Map<String, Integer> positionsFromStatements() throws SQLException {
        return counts("WITH RECURSIVE chain(statement_id, actor_id, topic) AS ("
                + " SELECT statement_id, speaker_id, topic FROM v_statement_topic WHERE topic IS NOT NULL"
                + " UNION ALL SELECT c.statement_id, a.speaks_for_id, c.topic FROM chain c JOIN actor a ON a.id = c.actor_id WHERE a.speaks_for_id IS NOT NULL)"
                + " SELECT a.canonical_name || '/' || c.topic, COUNT(*) FROM chain c JOIN actor a ON a.id = c.actor_id GROUP BY a.canonical_name, c.topic");
    }

    private Map<String, Integer> positionsStored() throws SQLException {
        return counts("SELECT actor || '/' || topic, statements FROM v_position_matrix");
    }

    private Map<String, Integer> counts(String sql) throws SQLException {
        try (Database database = Database.open(DatabaseLocation.parse(db)); Connection c = database.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            Map<String, Integer> counts = new TreeMap<>();
            while (rs.next()) counts.put(rs.getString(1), rs.getInt(2));
            return counts;
        }
    }

    private CliRun ok(String... args) {
        return new CliOnDatabase(db).ok(args);
    }

    private List<JsonNode> statements(String... filters) throws Exception {
        return new CliOnDatabase(db).statements(filters);
    }

    private static JsonNode byFile(List<JsonNode> list, String file) {
        return list.stream().filter(a -> a.get("file").asText().equals(file)).findFirst().orElseThrow();
    }

    private static List<JsonNode> json(String text) throws Exception {
        return CliOnDatabase.json(text);
    }
}
