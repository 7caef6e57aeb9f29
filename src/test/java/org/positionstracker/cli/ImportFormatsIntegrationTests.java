package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.article.ArticleReader;
import org.positionstracker.article.ExportRow;
import org.positionstracker.article.TestPdf;

/**
 * A folder with an article in every format, and files in none, imported as a user would: each
 * article yields its statements with spans into the text that was stored, the other files are
 * counted in the summary, and a second import changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportFormatsIntegrationTests {
    private static final String PRICE = "Mayor Ellen Price said the port will reopen on Monday.";

    @TempDir
    static Path dir;

    private Path articles;
    private String db;
    private CliRun first;

    @BeforeAll
    void importAFolderInEveryFormat() throws Exception {
        articles = Files.createDirectories(dir.resolve("articles"));
        db = dir.resolve("tracker").toString();
        write("page.html", """
                <html><head><meta property="og:title" content="Port to reopen"><meta property="og:site_name" content="Harbour Times"></head>
                <body><nav>Home | World | Sport</nav><article><h1>Port to reopen</h1><p>The harbour was closed for a week.</p>
                <p>%s</p></article><footer>Contact us</footer></body></html>
                """.formatted(PRICE));
        write("story.md", """
                # Tram fares

                \u201CWe will *not* raise tram fares this year,\u201D [Mayor Tom Baxter](https://city.example/mayor) said.
                """);
        Files.write(articles.resolve("notice.pdf"), TestPdf.of("Notice", List.of("The council met on Tuesday.",
                "Treasurer Anna Lind said the budget is", "balanced this year.")));
        write("export.jsonl", """
                {"title": "Port", "body": "The port authority said on Monday.\\n\\u201CWe will reopen the port,\\u201D said Ellen Price.", "url": "https://harbour.example/a"}
                {"title": "Buses", "text": "Councillor Ruth Kline said the bus lanes will stay."}
                """);
        write("export.csv", "headline,content,published\nSchools,Headteacher Omar Diaz said schools will open late.,2025-11-27\n");
        write("photo.jpg", "not really a photo");
        write("notes.docx", "not really a document");
        write("README", "a file without an extension");
        write("story.meta.yaml", "outlet: City Paper\n");
        Files.createSymbolicLink(articles.resolve("elsewhere"), Files.createDirectories(dir.resolve("elsewhere")));

        first = CliRun.of("import", "--db", db, articles.toString());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(articles.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void everyArticle_isImported_withStatements() {
        assertEquals(0, first.exitCode(), first.out() + first.err());
        for (String name : List.of("page.html", "story.md", "notice.pdf", "export.jsonl#https://harbour.example/a", "export.jsonl#2", "export.csv#2")) {
            String line = first.out().lines().filter(l -> l.startsWith("imported " + articles + "/" + name + ":")).findFirst().orElse("");
            assertFalse(line.isEmpty() || line.contains(": 0 statements"), name + " in:\n" + first.out());
        }
        assertTrue(first.out().contains("6 imported, 0 replaced, 0 unchanged, 0 rejected"), first.out());
    }

    @Test
    void filesInNoArticleFormat_andLinkedFolders_areCounted_andSidecarsAreNot() {
        assertTrue(first.out().contains("skipped 4 files in no article format: 1 (link to a folder, not followed), 1 (no extension), 1 .docx, 1 .jpg"), first.out());
    }

    @Test
    void everySpan_indexesTheStoredText_andMarkupOrEscapesNeverBecomeWords() throws Exception {
        Map<String, String> texts = storedTexts();

        List<JsonNode> statements = statements();

        assertEquals(texts.keySet(), statements.stream().map(s -> s.get("article").asText()).collect(java.util.stream.Collectors.toSet()));
        for (JsonNode s : statements) {
            String text = texts.get(s.get("article").asText());
            assertEquals(text.substring(s.get("start").asInt(), s.get("end").asInt()), s.get("text").asText(), s.toString());
            String speaker = s.get("speaker").asText();
            assertFalse(speaker.startsWith("n") || speaker.contains("*") || speaker.contains("["), speaker);
        }
        assertTrue(statements.stream().anyMatch(s -> s.get("article").asText().equals("story.md")
                && s.get("text").asText().contains("We will not raise tram fares this year") && s.get("speaker").asText().contains("Baxter")),
                statements.toString());
    }

    @Test
    void importingAgain_changesNothing() {
        CliRun again = CliRun.of("import", "--db", db, articles.toString());

        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertTrue(again.out().contains("0 imported, 0 replaced, 6 unchanged, 0 rejected"), again.out());
    }

    @Test
    void fieldsOption_namesTheExportsColumns_andABadOneIsOneLine() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("feed.jsonl"), "{\"story\": \"Skipper Lena Holt said the ferries run hourly.\"}\n");

        CliRun bad = CliRun.of("import", "--db", db, "--fields", "body=story", other.toString());
        CliRun good = CliRun.of("import", "--db", db, "--fields", "text=story", other.toString());

        assertEquals(2, bad.exitCode(), bad.out() + bad.err());
        assertTrue(bad.err().lines().findFirst().orElse("").contains("--fields: unknown part 'body'"), bad.err());
        assertEquals(0, good.exitCode(), good.out() + good.err());
        assertTrue(good.out().contains("imported " + other.resolve("feed.jsonl#1") + ": 1 statement"), good.out());
    }

    /** The text each article was stored with, as the reader produces it. */
    private Map<String, String> storedTexts() throws Exception {
        ArticleReader reader = new ArticleReader();
        Map<String, String> texts = new HashMap<>();
        for (String name : List.of("page.html", "story.md", "notice.pdf")) texts.put(name, reader.read(articles.resolve(name)).text());
        for (String name : List.of("export.jsonl", "export.csv")) {
            for (ExportRow row : reader.readExport(articles.resolve(name))) {
                var article = assertInstanceOf(ExportRow.Read.class, row).article();
                texts.put(article.fileName(), article.text());
            }
        }
        return texts;
    }

    private List<JsonNode> statements() throws IOException {
        CliRun list = CliRun.of("statements", "--db", db, "--format", "json");
        assertEquals(0, list.exitCode(), list.err());
        List<JsonNode> all = new ArrayList<>();
        new ObjectMapper().readTree(list.out()).forEach(all::add);
        return all;
    }
}
