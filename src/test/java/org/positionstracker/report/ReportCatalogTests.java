package org.positionstracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.report.SqlTokens.Token;

class ReportCatalogTests {
    private static final Path SOURCE_FOLDER = Path.of("db", "reports");
    private static final Set<String> VIEWS = Set.of("v_statement_topic", "v_position_matrix", "v_conflict");

    @TempDir
    Path dir;

    private static List<String> shippedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SOURCE_FOLDER)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    @Test
    void bundledReports_areEveryFileOfDbReports_andIncludeTheFiveDocumentedOnes() throws IOException {
        ReportCatalog bundledOnly = new ReportCatalog(dir.resolve("absent"));

        List<String> names = bundledOnly.names();

        assertEquals(shippedFiles(), names);
        assertTrue(names.containsAll(List.of("statements-on-topic", "position-matrix", "conflicts", "statements-by-actor", "actor-activity")), names.toString());
        for (NamedReport r : bundledOnly.loadAll()) assertTrue(r.source().startsWith("bundled db/reports/"), r.source());
    }

    @Test
    void everyShippedReport_hasTitleAndDescription_andDefaultsForAllItsParameters() {
        for (NamedReport r : new ReportCatalog(null).loadAll()) {
            assertFalse(r.title().isBlank(), r.name());
            assertFalse(r.description().isBlank(), r.name());
            for (ReportParameter p : r.parameters()) {
                assertFalse(p.required(), r.name() + " " + p.name() + ": shipped reports run without --param");
                assertFalse(p.description().isBlank(), r.name() + " " + p.name());
            }
        }
    }

    @Test
    void everyShippedReport_readsOnlyTheReportingViews() {
        for (NamedReport r : new ReportCatalog(null).loadAll()) {
            List<Token> tokens = SqlTokens.significant(r.sql());
            Set<String> cteNames = new HashSet<>();
            for (int i = 0; i + 2 < tokens.size(); i++) {
                if ((tokens.get(i).is("WITH") || tokens.get(i).is(",")) && tokens.get(i + 2).is("AS") && tokens.get(i + 3).is("("))
                    cteNames.add(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
            }
            List<String> read = new ArrayList<>();
            Deque<String> openedBy = new ArrayDeque<>();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.is("(")) openedBy.push(i > 0 ? tokens.get(i - 1).text().toUpperCase(Locale.ROOT) : "");
                if (t.is(")") && !openedBy.isEmpty()) openedBy.pop();
                // EXTRACT(YEAR FROM d), SUBSTRING(s FROM 2), TRIM(BOTH FROM s): a FROM that reads no relation
                boolean inFunction = !openedBy.isEmpty() && Set.of("EXTRACT", "SUBSTRING", "TRIM", "OVERLAY", "POSITION").contains(openedBy.peek());
                if ((t.is("FROM") && !inFunction) || t.is("JOIN")) read.add(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
            }
            assertFalse(read.isEmpty(), r.name());
            for (String relation : read)
                assertTrue(VIEWS.contains(relation) || cteNames.contains(relation), r.name() + " reads " + relation + ", not a reporting view");
        }
    }

    @Test
    void aFileOnDisk_winsOverTheBundledOneOfTheSameName_andAddsNewOnes() throws IOException {
        Files.writeString(dir.resolve("conflicts.sql"), "-- title: My conflicts\nSELECT * FROM v_conflict\n");
        Files.writeString(dir.resolve("mine.sql"), "-- title: Mine\nSELECT 1\n");
        Files.writeString(dir.resolve("notes.txt"), "not a report");
        ReportCatalog catalog = new ReportCatalog(dir);

        NamedReport conflicts = catalog.load("conflicts");

        assertEquals("My conflicts", conflicts.title());
        assertEquals(dir.resolve("conflicts.sql").toString(), conflicts.source());
        assertEquals("Mine", catalog.load("mine.sql").title());
        assertTrue(catalog.names().contains("mine") && !catalog.names().contains("notes"), catalog.names().toString());
        assertTrue(catalog.load("statements-on-topic").source().startsWith("bundled"));
    }

    @Test
    void unknownName_failsListingTheAvailableReports() {
        ReportException e = assertThrows(ReportException.class, () -> new ReportCatalog(null).load("nope"));

        assertTrue(e.getMessage().startsWith("unknown report 'nope'; available: actor-activity, conflicts, "), e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8_failsNamingIt() throws IOException {
        Files.write(dir.resolve("latin1.sql"), "-- title: Caf\u00e9\nSELECT 1".getBytes(StandardCharsets.ISO_8859_1));

        ReportException e = assertThrows(ReportException.class, () -> new ReportCatalog(dir).load("latin1"));

        assertEquals(dir.resolve("latin1.sql") + ": not UTF-8 text; save the report file as UTF-8", e.getMessage());
    }
}
