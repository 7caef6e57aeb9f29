package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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

/**
 * Analyst review through the command line on the seed article: each correction shows in the
 * statements listing, the reporting views and the positions, and survives re-extraction, an
 * edited file, and a changed speaker name.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ReviewCommandIntegrationTests {
    private static final Path SEED = Path.of("seeds", "000_dcad965514c1b99f.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private String db;
    private Path articles;

    @BeforeEach
    void importSeed() throws Exception {
        db = backend.freshDatabaseOption(dir, "review");
        articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(SEED, articles.resolve(SEED.getFileName()));
        CliRun run = CliRun.of("import", "--db", db, articles.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void speakerCorrection_showsInListingsViewsAndPositions_andSurvivesReextraction() throws Exception {
        JsonNode putin = first(statements("--actor", "Vladimir Putin"));
        String text = putin.get("text").asText();

        CliRun run = ok("review", "speaker", putin.get("id").asText(), "--actor", "Dmitry Peskov", "--kind", "person",
                "--why", "the spokesman said it", "--by", "tester");

        assertTrue(run.out().startsWith("correction #"), run.out());
        assertTrue(texts(statements("--actor", "Dmitry Peskov")).contains(text));
        assertFalse(texts(statements("--actor", "Vladimir Putin")).contains(text));
        assertEquals(List.of("Dmitry Peskov"), viewSpeakersOf(text));
        assertPositionsMatchStatements();

        CliRun again = ok("import", "--reextract", articles.toString());

        assertTrue(again.out().contains("re-extracted"), again.out());
        JsonNode moved = first(statements("--actor", "Dmitry Peskov"));
        assertEquals(text, moved.get("text").asText());
        assertTrue(moved.get("reviewed").asBoolean(), moved.toString());
        assertNotEquals(putin.get("id").asText(), moved.get("id").asText(), "re-extraction makes new rows");
        assertEquals(List.of("Dmitry Peskov"), viewSpeakersOf(text));
        assertPositionsMatchStatements();
        List<JsonNode> log = json(ok("review", "list", "--format", "json").out());
        assertEquals(1, log.size());
        assertEquals("applied", log.get(0).get("status").asText());
        assertEquals("the spokesman said it", log.get(0).get("reason").asText());
        assertEquals("tester", log.get(0).get("by").asText());
    }

    @Test
    void rejectedStatement_disappearsEverywhere_andStaysGoneAfterTheFileIsEdited() throws Exception {
        List<JsonNode> before = statements();
        JsonNode victim = before.get(before.size() / 2);
        String text = victim.get("text").asText();

        ok("review", "reject", victim.get("id").asText(), "--why", "not a statement");

        assertEquals(before.size() - 1, statements().size());
        assertFalse(texts(statements()).contains(text));
        assertEquals(List.of(), viewSpeakersOf(text));
        assertPositionsMatchStatements();

        Path file = articles.resolve(SEED.getFileName());
        Files.writeString(file, "Editor's note: updated.\n\n" + Files.readString(file, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        CliRun reimport = ok("import", articles.toString());

        assertTrue(reimport.out().contains("replaced"), reimport.out());
        assertEquals(before.size() - 1, statements().size());
        assertFalse(texts(statements()).contains(text));
        assertPositionsMatchStatements();
    }

    @Test
    void stanceAndTopicCorrections_changeTheViewsAndPositions() throws Exception {
        JsonNode onTopic = statements().stream().filter(s -> s.get("topics").size() > 0).findFirst().orElseThrow();
        String id = onTopic.get("id").asText();
        String topic = onTopic.get("topics").get(0).asText();
        String newStance = "opposes".equals(onTopic.get("stances").get(topic).asText()) ? "demands" : "opposes";

        ok("review", "stance", id, "--topic", topic, "--stance", newStance, "--why", "misread");

        assertEquals(newStance, first(statements("--topic", topic).stream().filter(s -> s.get("id").asText().equals(id)).toList())
                .get("stances").get(topic).asText());
        assertTrue(reviewedInView(onTopic.get("text").asText()));
        assertPositionsMatchStatements();

        ok("review", "topics", id, "--none", "--why", "off topic");

        assertTrue(statements("--topic", topic).stream().noneMatch(s -> s.get("id").asText().equals(id)));
        assertPositionsMatchStatements();

        ok("review", "topics", id, "peace-plan=supports", "territory", "--why", "about the plan and land");

        JsonNode corrected = statements().stream().filter(s -> s.get("id").asText().equals(id)).findFirst().orElseThrow();
        assertEquals("supports", corrected.get("stances").get("peace-plan").asText());
        assertEquals("neutral", corrected.get("stances").get("territory").asText());
        assertPositionsMatchStatements();
    }

    @Test
    void mergeAndAlias_foldActors_andHoldForLaterImports() throws Exception {
        int yermak = statements("--actor", "Andriy Yermak").size();
        int ukraineOwn = (int) statements("--actor", "Ukraine").stream().filter(s -> s.get("speaker").asText().equals("Ukraine")).count();
        assertTrue(yermak > 0);

        CliRun merge = ok("review", "merge", "Andriy Yermak", "Ukraine", "--why", "treat the office as the government");
        ok("review", "alias", "Vladimir Putin", "the Russian leader", "--why", "common epithet");

        assertTrue(merge.out().contains(yermak + " statements moved"), merge.out());
        assertTrue(json(ok("actors", "--format", "json").out()).stream().noneMatch(a -> a.get("name").asText().equals("Andriy Yermak")));
        assertEquals(ukraineOwn + yermak, statements("--actor", "Ukraine").stream().filter(s -> s.get("speaker").asText().equals("Ukraine")).count());
        assertEquals(statements("--actor", "Vladimir Putin").size(), statements("--actor", "the Russian leader").size());
        assertPositionsMatchStatements();

        ok("import", "--reextract", articles.toString());

        assertTrue(json(ok("actors", "--format", "json").out()).stream().noneMatch(a -> a.get("name").asText().equals("Andriy Yermak")));
        assertEquals(ukraineOwn + yermak, statements("--actor", "Ukraine").stream().filter(s -> s.get("speaker").asText().equals("Ukraine")).count());
        assertPositionsMatchStatements();
        assertTrue(json(ok("review", "list", "--format", "json").out()).stream().allMatch(c -> c.get("status").asText().equals("applied")));
    }

    @Test
    void anAddedStatement_showsEverywhere_andSurvivesReextractionAndAnEditedFile() throws Exception {
        List<JsonNode> before = statements();
        String line = uncoveredLine(before);

        CliRun add = ok("review", "add", SEED.getFileName().toString(), "--text", line, "--actor", "Vladimir Putin", "territory=opposes",
                "--why", "the extractor missed it");

        assertTrue(add.out().contains("added: indirect by Vladimir Putin"), add.out());
        assertAdded(before.size() + 1, line);

        ok("import", "--reextract", articles.toString());
        assertAdded(before.size() + 1, line);

        Path file = articles.resolve(SEED.getFileName());
        Files.writeString(file, "Updated at 10:00.\n" + Files.readString(file, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        ok("import", articles.toString());
        assertAdded(before.size() + 1, line);
        assertEquals("applied", json(ok("review", "list", "--format", "json").out()).get(0).get("status").asText());

        assertError(CliRun.of("review", "add", SEED.getFileName().toString(), "--db", db, "--text", "words that are nowhere",
                "--actor", "Vladimir Putin", "--why", "x"), 1, "not found in " + SEED.getFileName());
        assertError(CliRun.of("review", "add", "no-such-file.txt", "--db", db, "--text", line,
                "--actor", "Vladimir Putin", "--why", "x"), 1, "not imported");
    }

    private void assertAdded(int statements, String line) throws Exception {
        List<JsonNode> all = statements();
        assertEquals(statements, all.size());
        JsonNode added = all.stream().filter(s -> s.get("text").asText().equals(line)).findFirst().orElseThrow();
        assertEquals("Vladimir Putin", added.get("speaker").asText());
        assertEquals("opposes", added.get("stances").get("territory").asText());
        assertTrue(added.get("reviewed").asBoolean());
        assertPositionsMatchStatements();
    }

    /** A sentence of the article (up to its full stop) that no statement touches. */
    private String uncoveredLine(List<JsonNode> statements) throws Exception {
        String body = Files.readString(SEED, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Z][^.\n“”\"]{40,300}\\.").matcher(body);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            boolean touched = statements.stream().anyMatch(s -> s.get("start").asInt() < end && s.get("end").asInt() > start);
            if (!touched) return m.group();
        }
        throw new AssertionError("the seed has no sentence without a statement");
    }

    @Test
    void withdrawingACorrection_undoesIt_andReappliesTheOthers() throws Exception {
        List<JsonNode> before = statements();
        JsonNode rejected = before.get(before.size() / 2);
        JsonNode moved = first(statements("--actor", "Vladimir Putin"));
        ok("review", "speaker", moved.get("id").asText(), "--actor", "Dmitry Peskov", "--kind", "person", "--why", "the spokesman said it");
        CliRun reject = ok("review", "reject", rejected.get("id").asText(), "--why", "not a statement");
        String rejection = reject.out().replaceAll("(?s)^correction #(\\d+) .*", "$1");

        CliRun withdraw = ok("review", "withdraw", rejection, "--why", "it was one after all", "--by", "second reader");

        assertTrue(withdraw.out().startsWith("correction #" + rejection + " withdrawn"), withdraw.out());
        List<JsonNode> after = statements();
        assertEquals(before.size(), after.size());
        assertTrue(texts(after).contains(rejected.get("text").asText()));
        assertEquals("Dmitry Peskov", after.stream().filter(s -> s.get("text").asText().equals(moved.get("text").asText()))
                .findFirst().orElseThrow().get("speaker").asText(), "the other correction still applies");
        assertPositionsMatchStatements();
        List<JsonNode> log = json(ok("review", "list", "--format", "json").out());
        assertEquals("applied", log.get(0).get("status").asText());
        assertTrue(log.get(1).get("status").asText().matches("withdrawn at .* by second reader: it was one after all"), log.get(1).toString());

        ok("import", "--reextract", articles.toString());

        assertEquals(before.size(), statements().size(), "a withdrawn correction is not applied again");
        assertError(CliRun.of("review", "withdraw", rejection, "--db", db, "--why", "x"), 1, "correction #" + rejection + " was already withdrawn");
        assertError(CliRun.of("review", "withdraw", "999999", "--db", db, "--why", "x"), 1, "correction #999999 does not exist");
    }

    @Test
    void withdrawingAMerge_bringsTheMergedActorBack() throws Exception {
        int yermak = statements("--actor", "Andriy Yermak").size();
        CliRun merge = ok("review", "merge", "Andriy Yermak", "Ukraine", "--why", "treat the office as the government");
        String id = merge.out().replaceAll("(?s)^correction #(\\d+) .*", "$1");

        ok("review", "withdraw", id, "--why", "keep them apart");

        assertEquals(yermak, statements("--actor", "Andriy Yermak").size());
        assertTrue(json(ok("actors", "--format", "json").out()).stream().anyMatch(a -> a.get("name").asText().equals("Andriy Yermak")));
        assertPositionsMatchStatements();
    }

    @Test
    void rejectingARejectedStatement_saysItWasAlreadyRejected() throws Exception {
        String id = statements().get(0).get("id").asText();
        CliRun first = ok("review", "reject", id, "--why", "a headline");
        String correction = first.out().replaceAll("(?s)^correction #(\\d+) .*", "$1");

        CliRun again = CliRun.of("review", "reject", id, "--db", db, "--why", "a headline");

        assertError(again, 1, "statement #" + id + " was already rejected by correction #" + correction + " (review withdraw " + correction + " undoes that)");
        assertEquals(1, json(ok("review", "list", "--format", "json").out()).size());
    }

    @Test
    void statementsTable_marksReviewedStatements() throws Exception {
        JsonNode putin = first(statements("--actor", "Vladimir Putin"));
        ok("review", "speaker", putin.get("id").asText(), "--actor", "Dmitry Peskov", "--kind", "person", "--why", "the spokesman said it");

        List<String> lines = ok("statements").out().lines().toList();

        assertTrue(lines.get(0).matches("id\\s+rev\\s+article.*"), lines.get(0));
        List<String> marked = lines.stream().filter(l -> l.matches("\\d+\\s+\\*\\s.*")).toList();
        assertEquals(1, marked.size(), String.join("\n", lines));
        assertTrue(marked.get(0).startsWith(putin.get("id").asText() + " "), marked.get(0));
    }

    @Test
    void badCorrections_getOneLineErrors_andStoreNothing() throws Exception {
        String id = statements().get(0).get("id").asText();

        assertError(CliRun.of("review", "reject", "999999999", "--db", db, "--why", "x"), 1, "statement #999999999 does not exist");
        assertError(CliRun.of("review", "stance", id, "--db", db, "--topic", "no-such-topic", "--stance", "opposes", "--why", "x"), 1, "topic 'no-such-topic' does not exist");
        assertError(CliRun.of("review", "stance", id, "--db", db, "--topic", "territory", "--stance", "mixed", "--why", "x"), 1, "for positions only");
        assertError(CliRun.of("review", "speaker", id, "--db", db, "--actor", "Nobody Known", "--why", "x"), 1, "no such actor");
        assertError(CliRun.of("review", "reject", id, "--db", db, "--why", "  "), 1, "--why");
        assertError(CliRun.of("review", "reject", id, "--db", db), 2, "--why");
        assertError(CliRun.of("review", "merge", "Ukraine", "Kyiv", "--db", db, "--why", "x"), 1, "already the same actor");

        assertEquals(List.of(), json(ok("review", "list", "--format", "json").out()));
    }

    private static void assertError(CliRun run, int code, String fragment) {
        assertEquals(code, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(fragment), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    /** Every position equals what its actor's own statements and those of its members add up to, stance by stance. */
    private void assertPositionsMatchStatements() throws SQLException {
        try (Database database = Database.open(location()); Connection c = database.dataSource().getConnection()) {
            Map<String, String> stored = new TreeMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT actor, topic, supports, opposes, conditional, demands, neutral FROM v_position_matrix");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next())
                    stored.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3) + "," + rs.getInt(4) + "," + rs.getInt(5) + "," + rs.getInt(6) + "," + rs.getInt(7));
            }
            Map<String, int[]> expected = new TreeMap<>();
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT speaker_id, topic, stance FROM v_statement_topic WHERE topic IS NOT NULL");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
            for (String[] row : rows) {
                long actor = Long.parseLong(row[0]);
                for (int depth = 0; actor != 0 && depth < 9; depth++) {
                    String name;
                    long next;
                    try (PreparedStatement q = c.prepareStatement("SELECT canonical_name, COALESCE(speaks_for_id, 0) FROM actor WHERE id = ?")) {
                        q.setLong(1, actor);
                        try (ResultSet rs = q.executeQuery()) {
                            rs.next();
                            name = rs.getString(1);
                            next = rs.getLong(2);
                        }
                    }
                    int[] counts = expected.computeIfAbsent(name + "/" + row[1], k -> new int[5]);
                    counts[List.of("supports", "opposes", "conditional", "demands", "neutral").indexOf(row[2])]++;
                    actor = next;
                }
            }
            Map<String, String> computed = new TreeMap<>();
            expected.forEach((k, v) -> computed.put(k, v[0] + "," + v[1] + "," + v[2] + "," + v[3] + "," + v[4]));
            assertEquals(computed, stored);
        }
    }

    private List<String> viewSpeakersOf(String text) throws SQLException {
        try (Database database = Database.open(location()); Connection c = database.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT DISTINCT speaker FROM v_statement_topic WHERE text = ?")) {
            q.setString(1, text);
            List<String> speakers = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) speakers.add(rs.getString(1));
            }
            return speakers;
        }
    }

    private boolean reviewedInView(String text) throws SQLException {
        try (Database database = Database.open(location()); Connection c = database.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT reviewed FROM v_statement_topic WHERE text = ?")) {
            q.setString(1, text);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private DatabaseLocation location() {
        return DatabaseLocation.parse(db);
    }

    private CliRun ok(String... args) {
        String[] withDb = new String[args.length + 2];
        int split = args[0].equals("review") ? 2 : 1;
        System.arraycopy(args, 0, withDb, 0, split);
        withDb[split] = "--db";
        withDb[split + 1] = db;
        System.arraycopy(args, split, withDb, split + 2, args.length - split);
        CliRun run = CliRun.of(withDb);
        assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.out() + run.err());
        return run;
    }

    private List<JsonNode> statements(String... filters) throws Exception {
        String[] args = new String[filters.length + 3];
        args[0] = "statements";
        System.arraycopy(filters, 0, args, 1, filters.length);
        args[filters.length + 1] = "--format";
        args[filters.length + 2] = "json";
        return json(ok(args).out());
    }

    private static List<JsonNode> json(String text) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        JSON.readTree(text).forEach(nodes::add);
        return nodes;
    }

    private static List<String> texts(List<JsonNode> statements) {
        return statements.stream().map(s -> s.get("text").asText()).toList();
    }

    private static JsonNode first(List<JsonNode> nodes) {
        assertFalse(nodes.isEmpty(), "expected at least one statement");
        return nodes.get(0);
    }
}
