package org.positionstracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleMetadataIntegrationTests extends InMemoryImport {
    private ImportOutcome importOne(Path file) {
        return importAll(file).get(0);
    }

    private List<String> row(String sql) throws SQLException {
        return rows(sql);
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
