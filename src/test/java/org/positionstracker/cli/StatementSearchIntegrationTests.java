package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.positionstracker.db.Backend;

/** statements --search, --from/--to and the CSV's columns, on two small dated articles, on H2 and PostgreSQL alike. */
@ParameterizedClass
@EnumSource(Backend.class)
class StatementSearchIntegrationTests {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void importTwoDatedArticles() throws Exception {
        db = backend.freshDatabaseOption(dir, "search");
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("early.txt"), """
                ---
                title: Ferry talks open
                outlet: Example Wire
                url: https://example.org/ferry-early
                published: 2025-11-03
                ---
                "The ferry tariff is far too high for the islanders," Anna Berg said.

                "We will not accept warnings about the Harbour closing," Carl Dunn said.
                """);
        Files.writeString(articles.resolve("late.txt"), """
                ---
                title: Ferry talks close
                outlet: Harbour Post
                published: 2025-11-20
                ---
                "The tariff will fall next spring," Carl Dunn said.

                Anna Berg said the harbour must stay open all winter.
                """);
        CliRun run = CliRun.of("import", "--db", db, articles.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    @Test
    void search_matchesWholeWordsInAnyCase_andEveryWordMustOccur() throws Exception {
        assertEquals(Set.of("We will not accept warnings about the Harbour closing", "the harbour must stay open all winter"),
                texts(statements("--search", "harbour")));
        assertEquals(Set.of("the harbour must stay open all winter"), texts(statements("--search", "HARBOUR, stay")));
        assertEquals(Set.of(), texts(statements("--search", "war")), "war is not a word of \"warnings\"");
        assertEquals(Set.of("The tariff will fall next spring"), texts(statements("--search", "tariff", "--actor", "Carl Dunn")));
    }

    @Test
    void fromAndTo_keepStatementsSaidInTheRange_bothEndsIncluded() throws Exception {
        assertEquals(2, statements("--from", "2025-11-20").size());
        assertEquals(2, statements("--to", "2025-11-03").size());
        assertEquals(0, statements("--from", "2025-11-04", "--to", "2025-11-19").size());
        assertEquals(Set.of("The tariff will fall next spring"), texts(statements("--from", "2025-11-10", "--search", "tariff")));
    }

    @Test
    void csv_hasAColumnForEveryFieldOfTheJsonContract() throws Exception {
        CliRun run = ok("statements", "--format", "csv", "--to", "2025-11-03");

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out())).getRecords();
        List<String> header = records.get(0).getParser().getHeaderNames();
        JsonNode json = statements("--to", "2025-11-03").get(0);
        List<String> missing = new ArrayList<>();
        json.fieldNames().forEachRemaining(field -> {
            if (!header.contains(field)) missing.add(field);
        });
        assertEquals(List.of(), missing);
        CSVRecord berg = records.stream().filter(r -> r.get("speaker").equals("Anna Berg")).findFirst().orElseThrow();
        assertEquals("Ferry talks open", berg.get("title"));
        assertEquals("Example Wire", berg.get("outlet"));
        assertEquals("https://example.org/ferry-early", berg.get("url"));
        assertEquals("2025-11-03", berg.get("said_on"));
        assertEquals("person", berg.get("speaker_kind"));
        assertEquals("false", berg.get("reviewed"));
    }

    @Test
    void badSearchOrDates_getOneLineErrors() {
        CliRun noWords = CliRun.of("statements", "--db", db, "--search", "--- !");
        CliRun reversed = CliRun.of("statements", "--db", db, "--from", "2025-12-01", "--to", "2025-11-01");
        CliRun notADate = CliRun.of("statements", "--db", db, "--from", "yesterday");

        assertEquals(1, noWords.exitCode());
        assertTrue(noWords.err().startsWith("error: --search: give at least one word"), noWords.err());
        assertEquals(1, reversed.exitCode());
        assertTrue(reversed.err().contains("--from 2025-12-01 is after --to 2025-11-01"), reversed.err());
        assertEquals(2, notADate.exitCode());
        assertTrue(notADate.err().contains("--from"), notADate.err());
        for (CliRun run : List.of(noWords, reversed, notADate)) assertFalse(run.err().strip().contains("\n"), run.err());
    }

    private CliRun ok(String... args) {
        return new CliOnDatabase(db).ok(args);
    }

    private List<JsonNode> statements(String... filters) throws Exception {
        return new CliOnDatabase(db).statements(filters);
    }

    private static Set<String> texts(List<JsonNode> statements) {
        Set<String> texts = new TreeSet<>();
        statements.forEach(s -> texts.add(s.get("text").asText()));
        return texts;
    }
}
