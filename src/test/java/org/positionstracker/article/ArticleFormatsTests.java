package org.positionstracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each article format read from a small file written here: the text that is stored, its metadata, its name and hash. */
class ArticleFormatsTests {
    private static final String QUOTE = "\u201CThe port will reopen on Monday,\u201D said harbour master Ellen Price.";

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void webPage_storesTheArticleText_withoutNavigationSharingOrScripts() throws Exception {
        Path page = write("page.html", """
                <!doctype html><html><head><title>Port news | The Harbour Times</title>
                <meta property="og:title" content="Port to reopen">
                <meta property="article:published_time" content="2025-11-27T09:30:00+01:00">
                <meta property="og:site_name" content="The Harbour Times">
                <link rel="canonical" href="https://harbour.example/port-to-reopen">
                <script>var tracking = "said nobody";</script></head>
                <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
                <article><h1>Port to reopen</h1>
                <div class="share-buttons">Share on social media</div>
                <p>The harbour has been closed for a week.</p>
                <p>%s</p>
                <aside>Read more: unrelated story</aside></article>
                <footer>Copyright The Harbour Times</footer></body></html>
                """.formatted(QUOTE.replace("\u201C", "&ldquo;")));

        SourceArticle article = reader.read(page);

        assertEquals("Port to reopen\n\nThe harbour has been closed for a week.\n\n" + QUOTE + "\n", article.text());
        assertEquals(new ArticleMetadata("Port to reopen", "The Harbour Times", "https://harbour.example/port-to-reopen",
                LocalDate.of(2025, 11, 27)), article.metadata());
        assertEquals(ArticleReader.sha256(Files.readAllBytes(page)), article.contentHash());
        assertEquals(ArticleFormat.HTML, article.format());
    }

    @Test
    void webPage_withoutArticleElement_takesTheBlockWithMostParagraphText_andJsonLdMetadata() throws Exception {
        Path page = write("plain.htm", """
                <html><head><title>Harbour update</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
                {"@type":"NewsArticle","headline":"Ignored, the title wins","datePublished":"2025-12-01","publisher":{"@type":"Organization","name":"Coast Daily"}}]}</script>
                </head><body>
                <div class="menu"><p>Subscribe to our newsletter for daily updates on everything.</p></div>
                <div id="story"><p>The harbour has been closed for a week, officials confirmed.</p><p>%s</p></div>
                <div><p>Short.</p></div></body></html>
                """.formatted(QUOTE));

        SourceArticle article = reader.read(page);

        assertEquals("The harbour has been closed for a week, officials confirmed.\n\n" + QUOTE + "\n", article.text());
        assertEquals(new ArticleMetadata("Harbour update", "Coast Daily", null, LocalDate.of(2025, 12, 1)), article.metadata());
    }

    @Test
    void webPage_blockNamedForTheArticleAndForSharing_isKeptAsTheArticle() throws Exception {
        Path page = write("named.html", """
                <html><body><div class="article-body has-share-tools"><p>The harbour has been closed for a week.</p></div>
                <div class="share-tools"><p>Share this story with your friends and family today.</p></div></body></html>
                """);

        SourceArticle article = reader.read(page);

        assertEquals("The harbour has been closed for a week.\n", article.text());
    }

    @Test
    void webPage_withoutAnyText_isRejected() throws Exception {
        Path page = write("empty.html", "<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>");

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(page));

        assertTrue(e.reason().startsWith("no article text found"), e.reason());
    }

    @Test
    void markdown_isStoredAsTheTextAReaderSees_withFrontMatterAsMetadata() throws Exception {
        Path md = write("story.md", """
                ---
                title: Port to reopen
                published: 2025-11-27
                ---
                # Port to *reopen*

                The harbour has been **closed** for a week,
                according to [the authority](https://harbour.example/notice).

                > %s

                - first point
                - second point ![map](map.png)

                <div>raw html</div>
                """.formatted(QUOTE));

        SourceArticle article = reader.read(md);

        assertEquals("Port to reopen\n\nThe harbour has been closed for a week, according to the authority.\n\n" + QUOTE
                + "\n\nfirst point\n\nsecond point\n", article.text());
        assertEquals(new ArticleMetadata("Port to reopen", null, null, LocalDate.of(2025, 11, 27)), article.metadata());
        assertEquals(article.text(), article.extractableText());
    }

    @Test
    void pdf_isReadAsParagraphs_withWrappedLinesJoined_andItsTitle() throws Exception {
        Path pdf = dir.resolve("story.pdf");
        Files.write(pdf, TestPdf.of("Port to reopen", List.of("The harbour has been closed for a week,", "officials confirmed.")));

        SourceArticle article = reader.read(pdf);

        assertTrue(article.text().contains("The harbour has been closed for a week, officials confirmed."), article.text());
        assertEquals("Port to reopen", article.metadata().title());
        assertEquals(ArticleFormat.PDF, article.format());
    }

    @Test
    void brokenPdf_isRejectedInOneLine() throws Exception {
        Path pdf = write("broken.pdf", "%PDF-1.7\nthis is not really a PDF\n");

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(pdf));

        assertTrue(e.reason().startsWith("not a readable PDF"), e.reason());
        assertFalse(e.reason().contains("\n"), e.reason());
    }

    @Test
    void jsonLines_giveOneArticlePerLine_namedByUrlOrLineNumber_withEscapesDecoded() throws Exception {
        Path export = write("export.jsonl", """
                {"headline": "Port to reopen", "body": "Harbour news.\\n\\u201CThe port will reopen,\\u201D Price said.", "link": "https://harbour.example/a", "date": "2025-11-27T23:30:00-05:00", "source": {"name": "Coast Daily"}}

                {"text": "Second article.", "title": "Two"}
                {"text": "no closing brace"
                {"title": "no text"}
                """);

        List<ExportRow> rows = reader.readExport(export);

        assertEquals(4, rows.size());
        SourceArticle first = assertInstanceOf(ExportRow.Read.class, rows.get(0)).article();
        assertEquals("export.jsonl#https://harbour.example/a", first.fileName());
        assertEquals("Harbour news.\n\u201CThe port will reopen,\u201D Price said.", first.text());
        assertEquals(new ArticleMetadata("Port to reopen", "Coast Daily", "https://harbour.example/a", LocalDate.of(2025, 11, 27)), first.metadata());
        SourceArticle second = assertInstanceOf(ExportRow.Read.class, rows.get(1)).article();
        assertEquals("export.jsonl#3", second.fileName());
        assertEquals(export + "#3", rows.get(1).displayName());
        ExportRow.Rejected broken = assertInstanceOf(ExportRow.Rejected.class, rows.get(2));
        assertTrue(broken.reason().startsWith("line 4 is not valid JSON"), broken.reason());
        assertEquals("line 5 has no article text", assertInstanceOf(ExportRow.Rejected.class, rows.get(3)).reason());
    }

    @Test
    void jsonLines_fieldsNamedByTheUser_areUsed_andTheHashIgnoresOtherFields() throws Exception {
        Path one = write("one.jsonl", "{\"story\": \"Text.\", \"hed\": \"Title\", \"views\": 1}\n");
        Path two = write("two.jsonl", "{\"story\": \"Text.\", \"hed\": \"Title\", \"views\": 2}\n");
        ArticleReader mapped = new ArticleReader(ExportFields.parse("text=story, title=hed"));

        SourceArticle a = assertInstanceOf(ExportRow.Read.class, mapped.readExport(one).get(0)).article();
        SourceArticle b = assertInstanceOf(ExportRow.Read.class, mapped.readExport(two).get(0)).article();

        assertEquals("Text.", a.text());
        assertEquals("Title", a.metadata().title());
        assertEquals(a.contentHash(), b.contentHash());
    }

    @Test
    void csv_givesOneArticlePerRow_numberedAsASpreadsheetShowsThem_withQuotedLineBreaksKept() throws Exception {
        Path export = write("export.csv", """
                Headline,Body,Link,Published,Outlet
                Port to reopen,"Harbour news.
                %s",,2025-11-27,Coast Daily
                Second,"Another ""quoted"" text.",https://harbour.example/b,,
                Third,,,,
                """.formatted(QUOTE.replace("\"", "\"\"")));

        List<ExportRow> rows = reader.readExport(export);

        SourceArticle first = assertInstanceOf(ExportRow.Read.class, rows.get(0)).article();
        assertEquals("export.csv#2", first.fileName());
        assertEquals("Harbour news.\n" + QUOTE, first.text());
        assertEquals(new ArticleMetadata("Port to reopen", "Coast Daily", null, LocalDate.of(2025, 11, 27)), first.metadata());
        SourceArticle second = assertInstanceOf(ExportRow.Read.class, rows.get(1)).article();
        assertEquals("export.csv#https://harbour.example/b", second.fileName());
        assertEquals("Another \"quoted\" text.", second.text());
        assertNull(second.metadata().publishedOn());
        assertEquals("row 4 has no article text", assertInstanceOf(ExportRow.Rejected.class, rows.get(2)).reason());
    }

    @Test
    void csvWithoutATextColumn_isRejectedAsAWhole_sayingHowToNameIt() throws Exception {
        Path export = write("other.csv", "name,count\nalpha,1\n");

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.readExport(export));

        assertEquals("has no column text, body, content for the article text; name it with --fields text=COLUMN", e.reason());
    }

    @Test
    void rowWithADateNotUnderstood_isRejectedNamingTheDate() throws Exception {
        Path export = write("dates.jsonl", "{\"text\": \"Text.\", \"published\": \"last Tuesday\"}\n");

        ExportRow row = reader.readExport(export).get(0);

        assertTrue(assertInstanceOf(ExportRow.Rejected.class, row).reason().startsWith("line 1 has published date 'last Tuesday'"));
    }

    @Test
    void fieldsOption_refusesUnknownPartsAndMissingFieldNames() {
        assertThrows(IllegalArgumentException.class, () -> ExportFields.parse("body=text"));
        assertThrows(IllegalArgumentException.class, () -> ExportFields.parse("text="));
        assertThrows(IllegalArgumentException.class, () -> ExportFields.parse("text=a,text=b"));
    }
}
