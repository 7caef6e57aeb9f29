package org.positionstracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.cli.TrackerCommand;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import org.positionstracker.extract.NewsStatementExtractor;
import org.positionstracker.testing.SmallDisk;

/**
 * An import onto a disk that fills up: afterwards every article reported imported is whole, any
 * article left partial was reported rejected as one to import again, and once space is freed
 * importing again completes the rest, with every position agreeing with its evidence. Runs on a size-limited file system the test mounts (as root); skipped, with the reason
 * printed, where none can be made.
 */
class FullDiskIntegrationTests {
    private static final int ARTICLES = 60;
    private static final int SEED_COPIES_PER_ARTICLE = 10;

    @TempDir
    Path dir;

    private final Codebook codebook = CodebookLoader.bundled();
    private SmallDisk disk;

    @AfterEach
    void unmount() {
        if (disk != null) disk.close();
    }

    private SmallDisk smallDisk(int sizeMib) throws IOException {
        SmallDisk.Result mounted = SmallDisk.mount(dir.resolve("disk"), sizeMib);
        if (mounted.disk() == null) {
            System.out.println("FullDiskIntegrationTests skipped: " + mounted.whyNot());
            Assumptions.abort(mounted.whyNot());
        }
        disk = mounted.disk();
        return disk;
    }

    /** Articles of about 25 KB (the seed ten times, as news sites' long reads), each with its own last line. */
    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String seed = Files.readString(Path.of("seeds", "000_dcad965514c1b99f.txt"), StandardCharsets.UTF_8);
        String body = (seed + "\n").repeat(SEED_COPIES_PER_ARTICLE);
        for (int i = 0; i < ARTICLES; i++)
            Files.writeString(corpus.resolve(String.format("article-%03d.txt", i)), body + "Copy " + i + ".\n", StandardCharsets.UTF_8);
        return corpus;
    }

    private ImportSummary importAll(Database db, Path corpus, List<ImportOutcome> outcomes) {
        return new ArticleImporter(db, codebook, new NewsStatementExtractor(codebook)).importFiles(List.of(corpus), outcomes::add);
    }

    @Test
    void aDiskFillingUp_leavesNoImportedArticlePartial_andImportingAgainCompletesAndRepairsTheRest() throws Exception {
        Path corpus = corpus();
        long statementsPerArticle = statementsOfOneArticle(corpus);
        SmallDisk disk = smallDisk(64);
        disk.leaveFree(16);
        Path location = disk.path().resolve("tracker");

        List<ImportOutcome> first = new ArrayList<>();
        Database filling = Database.open(DatabaseLocation.parse(location.toString()));
        try {
            importAll(filling, corpus, first);
        } catch (IllegalStateException databaseFailed) {
            // the outcomes reported before it still hold; what is stored is checked below
        } finally {
            closeQuietly(filling);
        }
        disk.freeSpace();

        List<String> reportedImported = first.stream().filter(o -> o.kind() == ImportOutcome.Kind.IMPORTED)
                .map(o -> o.file().getFileName().toString()).toList();
        assertTrue(reportedImported.size() < ARTICLES, "the disk should have filled up during the import: " + first.size() + " outcomes");
        try (Database db = Database.open(DatabaseLocation.parse(location.toString()))) {
            Map<String, Long> stored = statementsPerArticle(db);
            for (String imported : reportedImported)
                assertEquals(statementsPerArticle, stored.get(imported), imported + " was reported imported but is not whole");
            // An article whose commit failed is whole or absent when the failing run could read the
            // database back; when even that failed (the store closed for good), it was reported
            // rejected with "importing it again completes it", which the import below must do.
            List<String> partial = stored.entrySet().stream().filter(e -> e.getValue() != statementsPerArticle).map(Map.Entry::getKey).toList();
            for (String article : partial)
                assertTrue(first.stream().anyMatch(o -> o.file().getFileName().toString().equals(article) && o.kind() == ImportOutcome.Kind.REJECTED
                        && o.detail().contains("importing it again completes it")), article + " is half stored and the user was not told: " + first);

            List<ImportOutcome> second = new ArrayList<>();
            ImportSummary again = importAll(db, corpus, second);

            assertEquals(0, again.count(ImportOutcome.Kind.REJECTED), second.toString());
            Map<String, Long> complete = statementsPerArticle(db);
            assertEquals(ARTICLES, complete.size(), complete.toString());
            assertTrue(complete.values().stream().allMatch(n -> n == statementsPerArticle), complete.toString());
            assertEquals(0, positionsDisagreeingWithEvidence(db), "positions that disagree with their evidence after importing again");
        }
    }

    @Test
    void importOntoADiskWithLessRoomThanTheArticles_isRefusedWithOneLine() throws Exception {
        Path corpus = corpus();
        SmallDisk disk = smallDisk(32);
        Path location = disk.path().resolve("tracker");
        Database.open(DatabaseLocation.parse(location.toString())).close();
        disk.leaveFree(2);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = TrackerCommand.execute(new String[] {"import", "--db", location.toString(), corpus.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertEquals(1, code, out + "" + err);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("error: not enough free space for this import"), err.toString());
        assertTrue(err.toString().contains(disk.path().toString()), err.toString());
        try (Database db = Database.open(DatabaseLocation.parse(location.toString()))) {
            assertEquals(Map.of(), statementsPerArticle(db));
        }
    }

    private long statementsOfOneArticle(Path corpus) throws IOException, SQLException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Files.copy(corpus.resolve("article-000.txt"), one.resolve("article-000.txt"));
        try (Database db = Database.open(DatabaseLocation.parse(dir.resolve("reference/tracker").toString()))) {
            importAll(db, one, new ArrayList<>());
            long statements = statementsPerArticle(db).get("article-000.txt");
            assertTrue(statements > 100, "a long article: " + statements + " statements");
            return statements;
        }
    }

    private static void closeQuietly(Database db) {
        try {
            db.close();
        } catch (RuntimeException closingOnAFullDisk) {
            // H2 may fail to write its last page on a full disk; reopening recovers from the last commit
        }
    }

    private static Map<String, Long> statementsPerArticle(Database db) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT a.file_name, COUNT(s.id) FROM article a LEFT JOIN statement s ON s.article_id = a.id GROUP BY a.file_name")) {
            while (rs.next()) counts.put(rs.getString(1), rs.getLong(2));
        }
        return counts;
    }

    /** Positions whose counts differ from a recount of their evidence, plus topic assignments that evidence no position of their speaker. */
    static long positionsDisagreeingWithEvidence(Database db) throws SQLException {
        StringBuilder byStance = new StringBuilder();
        for (String stance : List.of("supports", "opposes", "conditional", "demands", "neutral"))
            byStance.append(" OR p.").append(stance).append("_count <> (SELECT COUNT(*) FROM position_evidence e JOIN statement_topic st ")
                    .append("ON st.statement_id = e.statement_id AND st.topic_id = p.topic_id WHERE e.position_id = p.id AND st.stance = '")
                    .append(stance).append("')");
        try (Connection c = db.dataSource().getConnection()) {
            long disagreeing;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM position p WHERE p.statement_count <> "
                    + "(SELECT COUNT(*) FROM position_evidence e WHERE e.position_id = p.id)" + byStance)) {
                rs.next();
                disagreeing = rs.getLong(1);
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM statement_topic st JOIN statement s ON s.id = st.statement_id "
                    + "WHERE NOT EXISTS (SELECT 1 FROM position_evidence e JOIN position p ON p.id = e.position_id "
                    + "WHERE e.statement_id = s.id AND p.actor_id = s.speaker_id AND p.topic_id = st.topic_id)")) {
                rs.next();
                return disagreeing + rs.getLong(1);
            }
        }
    }
}
