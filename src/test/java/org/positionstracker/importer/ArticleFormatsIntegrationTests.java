package org.positionstracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How articles read from other formats are stored and recognised again: the stored text is the
 * converted text while the hash is the file's, and an export's rows keep their names (by url)
 * when the export is made again in another order.
 */
class ArticleFormatsIntegrationTests extends InMemoryImport {
    @Test
    void webPage_isStoredAsItsText_withTheHashOfItsBytes_andItsStatementsIndexThatText() throws Exception {
        Path page = write("page.html", "<html><body><nav>Menu</nav><article><p>Jane Roe | territory=opposes | no land for peace</p></article></body></html>");

        List<ImportOutcome> outcomes = importAll(page);

        assertEquals(ImportOutcome.Kind.IMPORTED, outcomes.get(0).kind());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(page)));
        assertEquals(List.of("page.html", "html", sha, "Jane Roe | territory=opposes | no land for peace\n"),
                rows("SELECT file_name, source_format, content_hash, body FROM article"));
        assertEquals(List.of("no land for peace", "no land for peace"), rows("SELECT s.content_text, "
                + "SUBSTRING(a.body, s.content_start + 1, s.content_end - s.content_start) FROM statement s JOIN article a ON a.id = s.article_id"));
    }

    @Test
    void exportMadeAgainInAnotherOrder_leavesItsRowsUnchanged_andReplacesOnlyTheRowWhoseTextChanged() throws Exception {
        String a = "{\"url\": \"https://example.org/a\", \"text\": \"Jane Roe | territory=opposes | first\"}";
        String b = "{\"url\": \"https://example.org/b\", \"text\": \"John Doe | territory=supports | second\"}";
        String c = "{\"text\": \"John Doe | territory=supports | third, without a url\"}";
        Path export = write("export.jsonl", a + "\n" + b + "\n" + c + "\n");
        importAll(export);
        write("export.jsonl", b.replace("second", "second, corrected") + "\n" + a + "\n\n" + c + "\n");

        List<ImportOutcome> again = importAll(export);

        assertEquals(List.of(ImportOutcome.Kind.REPLACED, ImportOutcome.Kind.UNCHANGED, ImportOutcome.Kind.UNCHANGED),
                again.stream().map(ImportOutcome::kind).toList());
        assertEquals(List.of(export + "#https://example.org/b", export + "#https://example.org/a", export + "#4"),
                again.stream().map(ImportOutcome::name).toList());
        assertEquals(List.of("export.jsonl#3", "jsonl", "export.jsonl#https://example.org/a", "jsonl", "export.jsonl#https://example.org/b", "jsonl"),
                rows("SELECT file_name, source_format FROM article ORDER BY file_name"));
        assertEquals(List.of("first", "second, corrected", "third, without a url"), rows("SELECT content_text FROM statement ORDER BY content_text"));
    }

    @Test
    void exportRows_areStoredWithTheirMetadata_andTheExportsAbsolutePath() throws Exception {
        Path export = write("export.csv", "title,body,published,outlet\nTalks,Jane Roe | territory=opposes | stored,2025-11-27,Example Wire\n");

        importAll(export);

        assertEquals(List.of("export.csv#2", export.toAbsolutePath() + "#2", "csv", "Talks", "Example Wire", "2025-11-27",
                        "Jane Roe | territory=opposes | stored"),
                rows("SELECT file_name, source_path, source_format, title, outlet, published_on, body FROM article"));
    }
}
