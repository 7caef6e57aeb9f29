package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.h2.util.ScriptReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.positionstracker.db.Backend;
import org.positionstracker.db.DatabaseLocation;
import org.positionstracker.report.NamedReport;
import org.positionstracker.report.ReportCatalog;
import org.positionstracker.report.ReportResult;
import org.positionstracker.report.ReportRunner;

/**
 * The report command on the seed article, on H2 (a file database, as a user has it) and on
 * PostgreSQL: every shipped report in every format, results checked against the views directly.
 */
@ParameterizedClass
@EnumSource(Backend.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCommandIntegrationTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPORT_FILES = Path.of("db", "reports");
    private static final String INJECTION = "'); DROP TABLE actor;--";
    private static final Pattern EXTERNAL_RESOURCE = Pattern.compile(
            "(?i)(src|href|action|poster|data)\\s*=\\s*[\"']?\\s*(https?:)?//|@import|url\\(\\s*[\"']?\\s*(https?:)?//|<script|<link|<iframe|<img|<object|<embed");

    @TempDir
    static Path dir;

    @Parameter
    Backend backend;

    private String db;

    @BeforeParameterizedClassInvocation
    void importSeeds() {
        db = backend.freshDatabaseOption(dir, "reports");
        CliRun imported = CliRun.of("import", "--db", db, "seeds");
        assertEquals(0, imported.exitCode(), imported.err());
    }

    private CliRun report(String... args) {
        List<String> all = new ArrayList<>(List.of("report", "--db", db));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private CliRun ok(String... args) {
        CliRun run = report(args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.err());
        return run;
    }

    private String failure(String... args) {
        CliRun run = report(args);
        assertEquals(1, run.exitCode(), String.join(" ", args) + " should fail: " + run.out());
        String err = run.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.startsWith("error: "), err);
        return err;
    }

    private Connection connect() throws SQLException, IOException {
        if (backend == Backend.H2) return org.positionstracker.db.H2Admin.connect(db);
        DatabaseLocation location = DatabaseLocation.parse(db);
        return DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
    }

    private static List<String> shippedNames() throws IOException {
        try (Stream<Path> files = Files.list(REPORT_FILES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static String text(JsonNode value) {
        return value.isNull() ? "" : value.asText();
    }

    @Test
    void everyShippedReport_runsInEveryFormat_andTheFormatsAgree() throws IOException {
        for (String name : shippedNames()) {
            JsonNode json = JSON.readTree(ok(name, "--format", "json").out());
            String csvText = ok(name, "--format", "csv").out();
            String md = ok(name).out();
            String html = ok(name, "--format", "html").out();

            assertEquals(name, json.get("report").asText());
            JsonNode rows = json.get("rows");
            assertFalse(name.equals("statements-on-topic") && rows.isEmpty(), "the seed has ceasefire statements");
            List<CSVRecord> records = csv(csvText);
            assertEquals(rows.size(), records.size(), name);
            for (int i = 0; i < records.size(); i++) {
                for (JsonNode column : json.get("columns"))
                    assertEquals(text(rows.get(i).get(column.asText())), records.get(i).get(column.asText()), name + " row " + i);
            }
            assertTrue(md.startsWith("# " + json.get("title").asText() + "\n"), md);
            assertEquals(rows.size(), md.lines().filter(l -> l.startsWith("| ")).count() - 2, name + ":\n" + md);
            assertTrue(html.startsWith("<!DOCTYPE html>"), html);
            assertFalse(EXTERNAL_RESOURCE.matcher(html).find(), name + ":\n" + html);
            assertEquals(rows.size() + 1, html.split("<tr>", -1).length - 1, name);
        }
    }

    @Test
    void statementsOnTopic_returnsExactlyTheViewsRowsForThatTopic() throws Exception {
        JsonNode json = JSON.readTree(ok("statements-on-topic", "--param", "topic=ceasefire-conditions", "--format", "json").out());
        List<Long> expected = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT statement_id FROM v_statement_topic WHERE topic = 'ceasefire-conditions' ORDER BY statement_id")) {
            while (rs.next()) expected.add(rs.getLong(1));
        }

        List<Long> got = new ArrayList<>();
        json.get("rows").forEach(r -> got.add(r.get("statement_id").asLong()));
        got.sort(null);

        assertFalse(expected.isEmpty());
        assertEquals(expected, got);
        for (JsonNode r : json.get("rows")) assertEquals("ceasefire-conditions", r.get("topic").asText());
    }

    @Test
    void aTopicByItsLabel_givesTheSameRowsAsByItsSlug() {
        String bySlug = ok("statements-on-topic", "--param", "topic=territory", "--format", "csv").out();

        String byLabel = ok("statements-on-topic", "--param", "topic=Territory", "--format", "csv").out();
        String bySpacedLabel = ok("statements-on-topic", "-p", "topic=ceasefire conditions", "--format", "csv").out();

        assertEquals(bySlug, byLabel);
        assertEquals(ok("statements-on-topic", "--format", "csv").out(), bySpacedLabel);
    }

    /** Sets a flag when Java deserializes it: the tracker must never do that for a query's value. */
    static final class Tripwire implements java.io.Serializable {
        static volatile boolean tripped;

        private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
            in.defaultReadObject();
            tripped = true;
        }
    }

    @Test
    void aJavaObjectValue_isShownAsText_andNeverDeserialized() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(backend == Backend.H2, "JAVA_OBJECT is H2's");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(bytes)) {
            o.writeObject(new Tripwire());
        }
        String hex = java.util.HexFormat.of().formatHex(bytes.toByteArray());
        Path mine = Files.createDirectories(dir.resolve("object-" + backend));
        Files.writeString(mine.resolve("object.sql"), "-- title: Object\nSELECT CAST(X'" + hex + "' AS JAVA_OBJECT) AS payload\n");

        JsonNode result = JSON.readTree(ok("object", "--reports", mine.toString(), "--format", "json").out());

        assertFalse(Tripwire.tripped, "the value was deserialized");
        assertTrue(result.get("rows").get(0).get("payload").asText().toLowerCase(java.util.Locale.ROOT).contains(hex.substring(0, 16)),
                result.toString());
    }

    @Test
    void anInjectionValue_isBoundAsAValue_matchedLiterallyAndNeverExecuted() throws Exception {
        JsonNode none = JSON.readTree(ok("statements-by-actor", "--param", "actor=Russia' OR '1'='1", "--format", "json").out());
        JsonNode dropped = JSON.readTree(ok("statements-on-topic", "--param", "topic=" + INJECTION, "--format", "json").out());
        Path mine = Files.createDirectories(dir.resolve("echo-" + backend));
        Files.writeString(mine.resolve("echo.sql"), """
                -- title: Echo
                -- param: needle = x
                WITH params AS (SELECT CAST('x' AS VARCHAR(100)) AS needle)
                SELECT p.needle AS echoed, (SELECT COUNT(*) FROM v_statement_topic v WHERE v.speaker = p.needle) AS matches FROM params p
                """);
        JsonNode echo = JSON.readTree(ok("echo", "--reports", mine.toString(), "--param", "needle=" + INJECTION, "--format", "json").out());

        assertEquals(0, none.get("rows").size());
        assertEquals(0, dropped.get("rows").size());
        assertEquals(INJECTION, dropped.get("parameters").get("topic").asText());
        assertEquals(INJECTION, echo.get("rows").get(0).get("echoed").asText());
        assertEquals(0, echo.get("rows").get(0).get("matches").asInt());
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM actor")) {
            rs.next();
            assertTrue(rs.getInt(1) > 0, "the actor table is still there, with its rows");
        }
    }

    @Test
    void eachReportFile_runsAsIsLikeInTheH2Console_andGivesWhatTheCommandGivesWithDefaults() throws Exception {
        ReportCatalog catalog = new ReportCatalog(REPORT_FILES);
        for (String name : shippedNames()) {
            String fileText = Files.readString(REPORT_FILES.resolve(name + ".sql"), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            // What the H2 console does with pasted text (org.h2.server.web.WebApp.query): trim, split with ScriptReader, run each.
            ScriptReader console = new ScriptReader(new StringReader(fileText.trim()));
            for (String s; (s = console.readStatement()) != null; ) statements.add(s);
            NamedReport report = catalog.load(name);

            List<List<String>> pasted = new ArrayList<>();
            List<List<String>> run;
            try (Connection c = connect()) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(statements.get(0))) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) row.add(ReportResult.text(value(rs, i)));
                        pasted.add(row);
                    }
                }
                ReportResult result = ReportRunner.run(report, Map.of(), c);
                run = result.rows().stream().map(r -> r.stream().map(ReportResult::text).toList()).toList();
            }

            assertEquals(1, statements.size(), name + " is one statement");
            assertEquals(run, pasted, name);
        }
    }

    private static Object value(ResultSet rs, int i) throws SQLException {
        return switch (rs.getMetaData().getColumnType(i)) {
            case java.sql.Types.DATE -> rs.getObject(i, java.time.LocalDate.class);
            default -> rs.getObject(i);
        };
    }

    @Test
    void list_showsEveryFileInDbReports_withTitlesAndParameterDefaults() throws Exception {
        String list = ok("--list").out();
        JsonNode json = JSON.readTree(ok("--list", "--format", "json").out());

        List<String> listed = new ArrayList<>();
        json.forEach(r -> listed.add(r.get("name").asText()));
        assertEquals(shippedNames(), listed);
        for (String name : shippedNames()) assertTrue(list.contains(name + " - "), list);
        assertTrue(list.contains("--param topic=ceasefire-conditions"), list);
        assertTrue(list.contains("Statements on a topic"), list);
    }

    @Test
    void unknownReport_isOneLineListingTheAvailableNames() throws IOException {
        String err = failure("no-such-report");

        assertEquals("error: unknown report 'no-such-report'; available: " + String.join(", ", shippedNames()), err);
    }

    @Test
    void unknownParameter_namesTheValidKeys() {
        assertEquals("error: report conflicts has no parameter 'topics'; its parameters: topic", failure("conflicts", "--param", "topics=x"));
    }

    @Test
    void aValueTheDatabaseCannotRead_isOneLineNamingTheReport() {
        String err = failure("actor-activity", "--param", "from_date=the first of May");

        assertTrue(err.startsWith("error: report actor-activity (") && err.contains("db/reports/actor-activity.sql): the database refused it: "), err);
    }

    @Test
    void missingRequiredParameter_andHeaderWithoutTitle_areOneLineErrorsNamingWhatIsWrong() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine-" + backend));
        Files.writeString(mine.resolve("by-speaker.sql"), """
                -- title: By speaker
                -- param: speaker   (canonical name)
                WITH params AS (SELECT CAST(NULL AS VARCHAR(200)) AS speaker)
                SELECT v.text FROM v_statement_topic v CROSS JOIN params p WHERE v.speaker = p.speaker
                """);
        Files.writeString(mine.resolve("untitled.sql"), "-- description: forgot the title\nSELECT * FROM v_conflict\n");

        String missing = failure("by-speaker", "--reports", mine.toString());
        String untitled = failure("untitled", "--reports", mine.toString());
        CliRun given = ok("by-speaker", "--reports", mine.toString(), "--param", "speaker=Andriy Yermak", "--format", "csv");

        assertEquals("error: report by-speaker needs --param speaker=VALUE (canonical name)", missing);
        assertTrue(untitled.startsWith("error: " + mine.resolve("untitled.sql") + ": the header has no '-- title:' line"), untitled);
        assertTrue(csv(given.out()).size() > 0, given.out());
    }

    @Test
    void aFileInTheReportsFolder_winsOverTheBundledReportOfTheSameName() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("override-" + backend));
        Files.writeString(mine.resolve("conflicts.sql"), "-- title: Only territory conflicts\nSELECT c.actor_a, c.actor_b FROM v_conflict c WHERE c.topic = 'territory'\n");

        String md = ok("conflicts", "--reports", mine.toString()).out();

        assertTrue(md.startsWith("# Only territory conflicts\n"), md);
        assertTrue(md.contains("| actor_a | actor_b |"), md);
    }

    @Test
    void out_writesTheFileAndSaysSo_andAFailureLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out-" + backend));
        Path file = folder.resolve("conflicts.json");

        CliRun written = ok("conflicts", "--format", "json", "--out", file.toString());
        String before = Files.readString(file);
        String failed = failure("actor-activity", "--param", "to_date=not-a-date", "--out", file.toString());

        int rows = JSON.readTree(before).get("rows").size();
        assertEquals("wrote " + rows + " rows to " + file, written.out().strip());
        assertTrue(failed.contains("actor-activity"), failed);
        assertEquals(before, Files.readString(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void outIntoAFolderThatDoesNotExist_isOneLineError() {
        Path file = dir.resolve("no-such-folder").resolve("x.md");

        assertEquals("error: cannot write " + file + ": the folder " + file.getParent() + " does not exist", failure("conflicts", "--out", file.toString()));
    }

    @Test
    void helpExplainsTheCommand() {
        CliRun help = CliRun.of("report", "--help");

        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--param") && help.out().contains("--list") && help.out().contains("md, csv, json or html"), help.out());
    }
}
