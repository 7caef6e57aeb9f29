package org.positionstracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFileParserTests {
    private static final String TOPIC_REPORT = """
            -- title: Statements on a topic
            -- description: Every statement on one topic,
            --   with speaker and stance.
            -- param: topic = ceasefire-conditions   (topic slug)
            -- param: since =                        (first day; empty: all)
            -- A console user changes the values below. This line is a free comment: it is not part of the description.
            WITH params AS (
                SELECT CAST('ceasefire-conditions' AS VARCHAR(200)) AS topic,
                       CAST(NULL AS DATE) AS since
            )
            SELECT v.text, 'ceasefire-conditions' AS literal_in_body -- 'ceasefire-conditions' in a comment
            FROM v_statement_topic v CROSS JOIN params p
            WHERE v.topic = p.topic AND (p.since IS NULL OR v.said_on >= p.since);
            """;

    private static NamedReport parse(String text) {
        return ReportFileParser.parse("example", "db/reports/example.sql", text);
    }

    private static String failure(String text) {
        ReportException e = assertThrows(ReportException.class, () -> parse(text));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void header_givesTitleDescriptionWithContinuationAndParameters() {
        NamedReport report = parse(TOPIC_REPORT);

        assertEquals("example", report.name());
        assertEquals("Statements on a topic", report.title());
        assertEquals("Every statement on one topic, with speaker and stance.", report.description());
        assertEquals(List.of(new ReportParameter("topic", "ceasefire-conditions", false, "topic slug"),
                new ReportParameter("since", null, false, "first day; empty: all")), report.parameters());
        assertEquals(TOPIC_REPORT, report.sql());
    }

    @Test
    void paramsCteDefaults_becomePlaceholders_andNothingElseChanges() {
        NamedReport report = parse(TOPIC_REPORT);

        String prepared = report.preparedSql();
        assertTrue(prepared.contains("SELECT CAST(? AS VARCHAR(200)) AS topic,"), prepared);
        assertTrue(prepared.contains("CAST(? AS DATE) AS since"), prepared);
        assertTrue(prepared.contains("SELECT v.text, 'ceasefire-conditions' AS literal_in_body -- 'ceasefire-conditions' in a comment"), prepared);
        assertEquals(TOPIC_REPORT.strip().replaceFirst(";$", ""),
                prepared.replaceFirst("\\?", "'ceasefire-conditions'").replaceFirst("\\?", "NULL"));
    }

    @Test
    void numbersAndNegativeNumbers_areDefaultsToo() {
        NamedReport report = parse("""
                -- title: Numbers
                -- param: at_least = 2
                -- param: offset = -3
                WITH params AS (SELECT CAST(2 AS INTEGER) AS at_least, CAST(-3 AS INTEGER) AS offset)
                SELECT * FROM v_position_matrix m, params p WHERE m.statements >= p.at_least
                """);

        assertEquals("2", report.parameters().get(0).defaultValue());
        assertEquals("-3", report.parameters().get(1).defaultValue());
        assertTrue(report.preparedSql().contains("SELECT CAST(? AS INTEGER) AS at_least, CAST(? AS INTEGER) AS offset)"), report.preparedSql());
    }

    @Test
    void aReportWithoutParameters_needsNoParamsCte() {
        NamedReport report = parse("-- title: All conflicts\nSELECT * FROM v_conflict");

        assertTrue(report.parameters().isEmpty());
        assertEquals("-- title: All conflicts\nSELECT * FROM v_conflict", report.preparedSql());
    }

    @Test
    void headerWithoutTitle_failsInOneLineNamingTheFile() {
        String message = failure("-- description: no title here\nSELECT 1");

        assertTrue(message.startsWith("db/reports/example.sql: "), message);
        assertTrue(message.contains("title"), message);
    }

    @Test
    void headerDefaultDifferentFromTheCte_fails() {
        String message = failure("""
                -- title: T
                -- param: topic = territory
                WITH params AS (SELECT CAST('peace-plan' AS VARCHAR) AS topic) SELECT * FROM v_conflict
                """);

        assertTrue(message.contains("'territory'") && message.contains("'peace-plan'"), message);
    }

    @Test
    void headerParametersThatTheCteLacks_fail() {
        assertTrue(failure("-- title: T\n-- param: topic = x\nSELECT * FROM v_conflict").contains("WITH params AS"));
        assertTrue(failure("""
                -- title: T
                -- param: topic = x
                WITH params AS (SELECT CAST('x' AS VARCHAR) AS topik) SELECT 1
                """).contains("[topik]"));
    }

    @Test
    void aCteValueThatIsNotALiteral_failsSayingWhatTheShapeIs() {
        String message = failure("""
                -- title: T
                -- param: topic = x
                WITH params AS (SELECT LOWER('x') AS topic) SELECT 1
                """);

        assertTrue(message.contains("line 3") && message.contains("expected CAST"), message);
    }

    @Test
    void aQuestionMarkInTheQuery_fails_butOneInAStringOrCommentIsText() {
        assertTrue(failure("-- title: T\nSELECT * FROM v_conflict WHERE topic = ?").contains("'?' at line 2"));

        NamedReport report = parse("-- title: T?\n-- really?\nSELECT 'why?' AS q /* what? */");

        assertEquals("T?", report.title());
    }

    @Test
    void secondStatement_fails() {
        String message = failure("-- title: T\nSELECT 1; DELETE FROM actor");

        assertTrue(message.contains("one query"), message);
    }

    @Test
    void trailingSemicolon_isLeftOutOfThePreparedSql() {
        assertEquals("-- title: T\nSELECT 1", parse("-- title: T\nSELECT 1;\n").preparedSql());
    }

    @Test
    void requiredParameter_isNullInTheCte_andMustBeGiven() {
        NamedReport report = parse("""
                -- title: By actor
                -- param: actor   (canonical name)
                WITH params AS (SELECT CAST(NULL AS VARCHAR) AS actor) SELECT * FROM v_statement_topic v, params p WHERE v.speaker = p.actor
                """);

        assertTrue(report.parameters().get(0).required());
        ReportException missing = assertThrows(ReportException.class, () -> report.bind(Map.of()));
        assertTrue(missing.getMessage().contains("--param actor=VALUE"), missing.getMessage());
        assertThrows(ReportException.class, () -> report.bind(Map.of("actor", "")));
        assertEquals(Map.of("actor", "Russia"), report.bind(Map.of("actor", "Russia")));
    }

    @Test
    void requiredParameterWithAValueInTheCte_fails() {
        String message = failure("""
                -- title: T
                -- param: actor   (canonical name)
                WITH params AS (SELECT CAST('Russia' AS VARCHAR) AS actor) SELECT 1
                """);

        assertTrue(message.contains("required"), message);
    }

    @Test
    void bind_takesDefaults_emptyMeansNull_andUnknownKeysNameTheValidOnes() {
        NamedReport report = parse(TOPIC_REPORT);

        Map<String, String> defaults = report.bind(Map.of());
        Map<String, String> given = new LinkedHashMap<>();
        given.put("topic", "");
        given.put("since", "2024-01-01");
        Map<String, String> bound = report.bind(given);
        ReportException unknown = assertThrows(ReportException.class, () -> report.bind(Map.of("topics", "x")));

        assertEquals("ceasefire-conditions", defaults.get("topic"));
        assertNull(defaults.get("since"));
        assertNull(bound.get("topic"));
        assertEquals("2024-01-01", bound.get("since"));
        assertEquals("report example has no parameter 'topics'; its parameters: topic, since", unknown.getMessage());
    }

    @Test
    void unterminatedString_failsNamingTheFileAndLine() {
        String message = failure("-- title: T\nSELECT 'oops FROM v_conflict");

        assertTrue(message.startsWith("db/reports/example.sql: unterminated string literal starting at line 2"), message);
    }

    @Test
    void twoTitles_fail() {
        assertTrue(failure("-- title: A\n-- title: B\nSELECT 1").contains("two '-- title:' lines"));
    }
}
