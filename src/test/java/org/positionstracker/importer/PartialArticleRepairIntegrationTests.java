package org.positionstracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;

/**
 * What a commit that failed half way (a full disk) can leave, made by hand: an article missing
 * some of its rows, positions out of step with their evidence. Importing again repairs both.
 */
class PartialArticleRepairIntegrationTests {
    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseLocation.parse(dir.resolve("db/tracker").toString()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path article() throws IOException {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, """
                Talks resume
                Ministry | territory=opposes | We will not give up the east.
                Ministry | negotiations=supports | We are ready to meet next week.
                Envoy | territory=supports | The line of contact can move.
                """, StandardCharsets.UTF_8);
        return file;
    }

    private List<ImportOutcome> importFile(Path file) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        new ArticleImporter(db, CodebookLoader.bundled(), new ScriptedExtractor()).importFiles(List.of(file), outcomes::add);
        return outcomes;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.createStatement().executeUpdate(sql);
            c.commit();
        }
    }

    @Test
    void anArticleMissingSomeOfItsStatements_isRepairedByImportingItAgain() throws Exception {
        Path file = article();
        importFile(file);
        execute("DELETE FROM statement WHERE id = (SELECT MAX(id) FROM statement)");

        List<ImportOutcome> again = importFile(file);

        assertEquals(ImportOutcome.Kind.REPLACED, again.get(0).kind(), again.toString());
        assertEquals("repaired: it was partly stored", again.get(0).detail());
        assertEquals(3, count("SELECT COUNT(*) FROM statement"));
        assertEquals(1, count("SELECT COUNT(*) FROM article"));
        assertEquals(0, FullDiskIntegrationTests.positionsDisagreeingWithEvidence(db));
        assertEquals(ImportOutcome.Kind.UNCHANGED, importFile(file).get(0).kind(), "a whole article is left alone");
    }

    @Test
    void aTopicAssignmentThatEvidencesNoPosition_marksTheArticlePartial() throws Exception {
        Path file = article();
        importFile(file);
        execute("DELETE FROM position_evidence WHERE statement_id = (SELECT MIN(id) FROM statement)");

        List<ImportOutcome> again = importFile(file);

        assertEquals(ImportOutcome.Kind.REPLACED, again.get(0).kind(), again.toString());
        assertEquals(0, FullDiskIntegrationTests.positionsDisagreeingWithEvidence(db));
    }

    @Test
    void positionsOutOfStepAfterAnUncleanImport_areRebuiltByTheNextImport() throws Exception {
        importFile(article());
        execute("UPDATE position SET statement_count = statement_count + 5, supports_count = supports_count + 5");
        execute("INSERT INTO import_run (id, started_at) VALUES (1, CURRENT_TIMESTAMP)");
        Path other = Files.writeString(dir.resolve("other.txt"), "Other\nEnvoy | sanctions=opposes | Sanctions must go.\n");

        importFile(other);

        assertEquals(0, FullDiskIntegrationTests.positionsDisagreeingWithEvidence(db));
        assertEquals(0, count("SELECT COUNT(*) FROM import_run"), "a clean import leaves no marker");
    }

    @Test
    void positionsOfACleanDatabase_areNotRebuilt() throws Exception {
        importFile(article());
        execute("UPDATE position SET statement_count = statement_count + 5, supports_count = supports_count + 5");
        Path other = Files.writeString(dir.resolve("other.txt"), "Other\nEnvoy | sanctions=opposes | Sanctions must go.\n");

        importFile(other);

        assertEquals(count("SELECT COUNT(*) FROM position WHERE topic_id <> (SELECT id FROM topic WHERE slug = 'sanctions')"),
                FullDiskIntegrationTests.positionsDisagreeingWithEvidence(db),
                "the full check runs only after an unclean import (this drift was planted, not left by one)");
    }
}
