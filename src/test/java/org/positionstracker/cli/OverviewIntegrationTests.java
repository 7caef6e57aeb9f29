package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.positionstracker.db.Backend;
import org.positionstracker.overview.HtmlText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The overview command on the seed article plus one small dated article, on H2 and PostgreSQL:
 * the HTML is checked against what the listing commands say about the same database.
 */
@ParameterizedClass
@EnumSource(Backend.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewIntegrationTests {
    private static final Path SEED = Path.of("seeds", "000_dcad965514c1b99f.txt");
    static final String DATED_ARTICLE = """
            ---
            title: "Talks <resume> & stall"
            outlet: Test Wire
            url: https://example.org/talks?a=1&b=2
            published: 2025-11-20
            ---
            Kyiv, Nov 20 — Talks on the peace plan resumed on Thursday.
            “Ukraine will never give up its territory,” Andriy Yermak said on Thursday.
            Vladimir Putin said Russia demands that Ukraine withdraw from the territory before any ceasefire.
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @Parameter
    Backend backend;

    private String db;
    private Path corpus;
    private CliRun run;
    private Path page;
    private Document dom;
    private String html;

    @BeforeParameterizedClassInvocation
    void importAndWrite() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus-" + backend));
        Files.copy(SEED, corpus.resolve(SEED.getFileName()));
        Files.writeString(corpus.resolve("dated_talks.txt"), DATED_ARTICLE, StandardCharsets.UTF_8);
        db = backend.freshDatabaseOption(dir, "overview");
        CliRun imported = CliRun.of("import", "--db", db, corpus.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        page = dir.resolve("overview-" + backend + ".html");
        run = CliRun.of("overview", "--db", db, "--out", page.toString());
        html = Files.readString(page, StandardCharsets.UTF_8);
        dom = HtmlText.parse(html);
    }

    private List<JsonNode> list(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", db, "--format", "json"));
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(r.out()).forEach(out::add);
        return out;
    }

    private Document overview(String... filters) throws Exception {
        Path out = dir.resolve("filtered-" + backend + "-" + System.nanoTime() + ".html");
        List<String> args = new ArrayList<>(List.of("overview", "--db", db, "--out", out.toString()));
        args.addAll(List.of(filters));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return HtmlText.parse(Files.readString(out, StandardCharsets.UTF_8));
    }

    private static Set<Long> anchoredStatements(Document d) {
        Set<Long> ids = new TreeSet<>();
        for (Element m : HtmlText.elements(d, "mark")) if (!m.getAttribute("id").isEmpty()) ids.add(Long.parseLong(m.getAttribute("id").substring(1)));
        return ids;
    }

    private static Set<Long> ids(List<JsonNode> statements) {
        Set<Long> ids = new TreeSet<>();
        statements.forEach(s -> ids.add(s.get("id").asLong()));
        return ids;
    }

    private static List<Element> positionCells(Document d) {
        return HtmlText.withClass(d, "td", "cell").stream().filter(c -> !c.getAttribute("class").contains("no-position")).toList();
    }

    @Test
    void writesThePage_andSaysSoInOneLine() throws Exception {
        List<JsonNode> statements = list("statements");
        List<JsonNode> positions = list("positions");
        Set<String> actors = new HashSet<>();
        Set<String> topics = new HashSet<>();
        positions.forEach(p -> {
            actors.add(p.get("actor").asText());
            topics.add(p.get("topic").asText());
        });

        assertEquals(0, run.exitCode(), run.err());

        assertEquals("wrote " + page + ": " + statements.size() + " statements, " + actors.size() + " actors, " + topics.size() + " topics",
                run.out().strip());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left behind");
        }
    }

    @Test
    void matrix_hasOneCellPerPosition_linkedToTheSameEvidenceAsThePositionsCommand() throws Exception {
        List<JsonNode> positions = list("positions");

        List<Element> cells = positionCells(dom);

        assertEquals(positions.size(), cells.size());
        Set<String> expected = new HashSet<>();
        for (JsonNode p : positions)
            expected.add(p.get("actor").asText() + " \u2014 " + p.get("topic_label").asText() + ": " + p.get("stance").asText() + "\n"
                    + p.get("statements").asInt() + (p.get("statements").asInt() == 1 ? " statement" : " statements"));
        Set<String> shown = new HashSet<>();
        for (Element c : cells) {
            String title = c.getAttribute("title");
            shown.add(title.substring(0, title.indexOf(" (")));
        }
        assertEquals(expected, shown);
        for (JsonNode p : positions) {
            Element cell = cells.stream().filter(c -> c.getAttribute("title").startsWith(p.get("actor").asText() + " \u2014 " + p.get("topic_label").asText() + ":"))
                    .findFirst().orElseThrow();
            String target = HtmlText.elements(cell, "a").get(0).getAttribute("href").substring(1);
            Element row = HtmlText.elements(dom, "tr").stream().filter(r -> r.getAttribute("id").equals(target)).findFirst().orElseThrow();
            Set<Long> linked = new TreeSet<>();
            for (Element a : HtmlText.elements(row, "a")) linked.add(Long.parseLong(a.getAttribute("href").substring(2)));
            Set<Long> evidence = new TreeSet<>();
            p.get("evidence").forEach(e -> evidence.add(e.get("statement_id").asLong()));
            assertEquals(evidence, linked, p.toString());
        }
    }

    @Test
    void everyStatement_hasOneAnchoredMark_whoseTextIsTheStatementText() throws Exception {
        List<JsonNode> statements = list("statements");

        assertEquals(ids(statements), anchoredStatements(dom));
        for (JsonNode s : statements) {
            long id = s.get("id").asLong();
            List<Element> anchors = HtmlText.elements(dom, "mark").stream().filter(m -> m.getAttribute("id").equals("s" + id)).toList();
            assertEquals(1, anchors.size(), "statement #" + id);
            assertEquals(s.get("text").asText(), HtmlText.markedText(dom, id), "statement #" + id);
        }
    }

    @Test
    void eachArticlesText_withoutTheCards_isTheImportedFileExactly() throws Exception {
        for (Element article : HtmlText.elements(dom, "article")) {
            Element text = HtmlText.withClass(article, "div", "text").get(0);
            for (Element aside : HtmlText.elements(text, "aside")) aside.getParentNode().removeChild(aside);
            String file = HtmlText.elements(article, "code").get(0).getTextContent();

            assertEquals(Files.readString(corpus.resolve(file), StandardCharsets.UTF_8), text.getTextContent(), file);
        }
        assertEquals(2, HtmlText.elements(dom, "article").size());
    }

    @Test
    void conflicts_areTheConflictsCommandsPairs() throws Exception {
        List<JsonNode> conflicts = list("conflicts");

        Element section = HtmlText.elements(dom, "section").stream().filter(s -> s.getAttribute("id").equals("conflicts")).findFirst().orElseThrow();
        List<Element> rows = HtmlText.elements(HtmlText.elements(section, "tbody").get(0), "tr");

        assertEquals(conflicts.size(), rows.size());
        Set<String> expected = new HashSet<>();
        conflicts.forEach(c -> expected.add(c.get("actor_a").asText() + "|" + c.get("actor_b").asText()));
        Set<String> shown = new HashSet<>();
        for (Element r : rows) {
            List<Element> names = HtmlText.elements(r, "b");
            shown.add(names.get(0).getTextContent() + "|" + names.get(1).getTextContent());
        }
        assertEquals(expected, shown);
        assertTrue(shown.contains("Russia|Ukraine"), shown.toString());
    }

    @Test
    void thePageFetchesNothing_andEveryInternalLinkHasItsTarget() {
        for (String forbidden : new String[] {"<script", "<link", "<img", "<iframe", "<object", "<embed", " src=", "url(", "@import", "srcset"})
            assertFalse(html.toLowerCase().contains(forbidden), forbidden);
        Set<String> ids = new HashSet<>();
        Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        while (id.find()) ids.add(id.group(1));
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        int links = 0;
        while (href.find()) {
            String target = href.group(1);
            if (target.startsWith("#")) assertTrue(ids.contains(target.substring(1)), "dangling link " + target);
            else assertEquals("https://example.org/talks?a=1&amp;b=2", target, "only the article's own address links out");
            links++;
        }
        assertTrue(links > 20, "links: " + links);
        assertTrue(html.contains("<meta charset=\"utf-8\"/>"));
    }

    @Test
    void articleMetadata_isEscapedInTheHeading() {
        List<String> headings = HtmlText.elements(dom, "h3").stream().map(Element::getTextContent).toList();

        assertTrue(headings.contains("Talks <resume> & stall"), headings.toString());
        assertTrue(html.contains("Talks &lt;resume&gt; &amp; stall"));
    }

    @Test
    void topicFilter_keepsThatColumn_andTheStatementsOnIt() throws Exception {
        Document d = overview("--topic", "Territory");

        List<String> columns = HtmlText.elements(HtmlText.elements(d, "thead").get(0), "th").stream().skip(1).map(Element::getTextContent).toList();
        assertEquals(List.of("Territory" + "Ukraine gives up territory to Russia"), columns, "the label, then the topic's claim");
        assertEquals(list("positions", "--topic", "territory").size(), positionCells(d).size());
        assertEquals(ids(list("statements", "--topic", "territory")), anchoredStatements(d));
    }

    @Test
    void actorFilter_keepsTheActorAndThoseSpeakingForIt() throws Exception {
        Document d = overview("--actor", "Kyiv");

        Set<String> rows = new TreeSet<>();
        for (Element th : HtmlText.elements(HtmlText.elements(d, "tbody").get(0), "th")) rows.add(th.getFirstChild().getTextContent().strip());
        assertTrue(rows.contains("Ukraine") && rows.contains("Andriy Yermak"), rows.toString());
        assertFalse(rows.contains("Russia") || rows.contains("Vladimir Putin"), rows.toString());
        assertEquals(ids(list("statements", "--actor", "Kyiv", "--with-members")), anchoredStatements(d));
    }

    @Test
    void dateFilter_keepsStatementsSaidInTheRange_andRecountsThePositions() throws Exception {
        List<JsonNode> dated = list("statements").stream().filter(s -> !s.get("said_on").isNull()
                && s.get("said_on").asText().compareTo("2025-11-01") >= 0).toList();

        Document d = overview("--from", "2025-11-01", "--to", "2025-11-30");

        assertFalse(dated.isEmpty(), "the dated article has statements");
        assertEquals(ids(dated), anchoredStatements(d));
        int evidence = 0;
        for (Element cell : positionCells(d)) {
            String title = cell.getAttribute("title");
            assertTrue(title.contains("2025-11-20"), title);
            evidence += Integer.parseInt(title.substring(title.indexOf('\n') + 1, title.indexOf(" statement")));
        }
        assertTrue(evidence >= dated.size(), "every dated statement counts for at least its speaker");
        assertTrue(HtmlText.withClass(d, "span", "off").isEmpty(), "no evidence outside the range is referenced");
    }

    @Test
    void rewritingThePage_replacesItWhole_andKeepsItsPermissions() throws Exception {
        Path out = dir.resolve("again-" + backend + ".html");
        Files.writeString(out, "old contents that are longer than nothing");
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(out, permissions);

        CliRun r = CliRun.of("overview", "--db", db, "--topic", "sovereignty", "--out", out.toString());

        assertEquals(0, r.exitCode(), r.err());
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("<!DOCTYPE html>") && written.endsWith("</html>\n"));
        assertEquals(permissions, Files.getPosixFilePermissions(out));
    }

    @Test
    void badInput_isOneLineNamingTheProblem() {
        CliRun unknownTopic = CliRun.of("overview", "--db", db, "--topic", "weather", "--out", dir.resolve("x.html").toString());
        CliRun backwards = CliRun.of("overview", "--db", db, "--from", "2025-12-01", "--to", "2025-11-01", "--out", dir.resolve("x.html").toString());
        CliRun noFolder = CliRun.of("overview", "--db", db, "--out", dir.resolve("missing").resolve("x.html").toString());
        CliRun noOut = CliRun.of("overview", "--db", db);

        assertEquals(1, unknownTopic.exitCode());
        assertTrue(unknownTopic.err().startsWith("error: no topic 'weather'"), unknownTopic.err());
        assertEquals(1, backwards.exitCode());
        assertTrue(backwards.err().contains("--from 2025-12-01 is after --to 2025-11-01"), backwards.err());
        assertEquals(1, noFolder.exitCode());
        assertTrue(noFolder.err().contains("missing") && noFolder.err().contains("does not exist"), noFolder.err());
        assertEquals(2, noOut.exitCode());
        assertTrue(noOut.err().contains("--out"), noOut.err());
        assertFalse(Files.exists(dir.resolve("x.html")));
        for (CliRun r : List.of(unknownTopic, backwards, noFolder)) assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
