package org.positionstracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;

class ArticleMetadataIntegrationTests {
    @TempDir
    Path dir;

    private Database db;
    private ArticleImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseLocation.parse("jdbc:h2:mem:meta-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        importer = new ArticleImporter(db, CodebookLoader.bundled(), new ScriptedExtractor());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportOutcome importOne(Path file) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        importer.importFiles(List.of(file), outcomes::add);
        return outcomes.get(0);
    }

    private List<String> row(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rs.next()) for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) values.add(rs.getString(i));
            return values;
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void frontMatter_fillsTheArticle_staysInTheStoredText_andNeverBecomesAStatement() throws Exception {
        String text = "---\ntitle: Talks stall\noutlet: Example Wire\nurl: https://example.org/a\npublished: 2025-11-27\n"
                + "note: Jane Roe | territory=opposes | hidden\n---\nHeadline\nJohn Doe | territory=supports | visible\n";
        Path file = write("a.txt", text);

        ImportOutcome outcome = importOne(file);

        assertEquals(ImportOutcome.Kind.IMPORTED, outcome.kind(), outcome.describe());
        assertEquals(List.of("Talks stall", "Example Wire", "https://example.org/a", "2025-11-27", text),
                row("SELECT title, outlet, url, published_on, body FROM article"));
        assertEquals(List.of("visible"), row("SELECT content_text FROM statement"));
    }

    @Test
    void sidecarFile_fillsTheArticle_andWinsOverFrontMatter() throws Exception {
        Path file = write("b.txt", "---\ntitle: Old title\npublished: 2025-01-01\n---\nJohn Doe | territory=supports | yes\n");
        write("b.meta.yaml", "title: New title\noutlet: Sidecar Times\n");

        importOne(file);

        assertEquals(List.of("New title", "Sidecar Times", "2025-01-01"), row("SELECT title, outlet, published_on FROM article"));
    }

    @Test
    void aBadDateInTheMetadata_rejectsTheFileWithTheReason() throws Exception {
        Path file = write("c.txt", "---\npublished: next Tuesday\n---\nJohn Doe | territory=supports | yes\n");

        ImportOutcome outcome = importOne(file);

        assertEquals(ImportOutcome.Kind.REJECTED, outcome.kind());
        assertTrue(outcome.detail().contains("published: next Tuesday"), outcome.detail());
        assertEquals(List.of("0"), row("SELECT COUNT(*) FROM article"));
    }

    @Test
    void statementDate_isTheArticleDate_orTheRelativeDayItsSentenceNames() throws Exception {
        String text = "---\npublished: 2025-11-27\n---\n"
                + "Anna Roe | territory=opposes | she spoke on Wednesday about it\n"
                + "Ben Doe | territory=opposes | he said it yesterday\n"
                + "Cara Poe | territory=opposes | no day named\n";
        importOne(write("d.txt", text));

        List<String> dates = row("SELECT said_on FROM statement ORDER BY content_start");

        assertEquals(List.of("2025-11-26", "2025-11-26", "2025-11-27"), dates);
    }

    @Test
    void withoutAnArticleDate_statementsHaveNoDate() throws Exception {
        importOne(write("e.txt", "Title\nAnna Roe | territory=opposes | on Monday we met\n"));

        assertNull(row("SELECT said_on FROM statement").get(0));
    }
}
