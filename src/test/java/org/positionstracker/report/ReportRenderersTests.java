package org.positionstracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ReportRenderersTests {
    private static final String NASTY = "a | b\nsecond line <script>alert('x')</script> & \"quoted\" *bold* [link](https://example.org/x.png)";

    /** A pattern for anything in HTML that would make a browser load something from elsewhere. */
    static final Pattern EXTERNAL_RESOURCE = Pattern.compile(
            "(?i)(src|href|action|poster|data)\\s*=\\s*[\"']?\\s*(https?:)?//|@import|url\\(\\s*[\"']?\\s*(https?:)?//|<script|<link|<iframe|<img|<object|<embed");

    private static ReportResult result() {
        NamedReport report = new NamedReport("nasty", "Title with <b>|pipes|</b>", "Description & <i>more</i>", "test",
                List.of(new ReportParameter("topic", "x", false, "a topic"), new ReportParameter("since", null, false, "")),
                "SELECT 1", "SELECT 1");
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("topic", "'); DROP TABLE actor;--");
        parameters.put("since", null);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(NASTY, 42L, new BigDecimal("1.50"), LocalDate.of(2024, 3, 9), true));
        rows.add(Arrays.asList(null, null, null, null, null));
        return new ReportResult(report, parameters, List.of("text", "count", "share", "said_on", "reviewed"), rows);
    }

    private static String render(ReportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        format.renderer().render(result(), out);
        return out.toString();
    }

    @Test
    void markdown_hasTitleParametersAndOneTableLinePerRow_withPipesAndBreaksEscaped() throws IOException {
        String md = render(ReportFormat.md);

        List<String> lines = md.lines().toList();
        assertEquals("# Title with \\<b>\\|pipes\\|\\</b>", lines.get(0));
        assertTrue(md.contains("topic = '); DROP TABLE actor;--, since = (none)"), md);
        List<String> table = lines.stream().filter(l -> l.startsWith("| ")).toList();
        assertEquals(4, table.size(), md);
        for (String line : table) assertEquals(6, line.split("(?<!\\\\)\\|", -1).length - 1, "5 cells: " + line);
        assertTrue(table.get(2).contains("a \\| b<br>second line \\<script>"), table.get(2));
        assertTrue(table.get(2).contains("[link]\\(https"), "no link: " + table.get(2));
        assertTrue(table.get(2).contains("| 42 | 1.50 | 2024-03-09 | true |"), table.get(2));
        assertEquals("|  |  |  |  |  |", table.get(3));
        assertTrue(md.strip().endsWith("2 rows"), md);
    }

    @Test
    void csv_parsesBackToTheSameValues() throws IOException {
        String csv = render(ReportFormat.csv);

        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("text", "count", "share", "said_on", "reviewed"), parser.getHeaderNames());
            records = parser.getRecords();
        }
        assertEquals(2, records.size());
        assertEquals(List.of(NASTY, "42", "1.50", "2024-03-09", "true"), records.get(0).toList());
        assertEquals(List.of("", "", "", "", ""), records.get(1).toList());
    }

    @Test
    void json_hasTheDocumentedShape_numbersAsNumbers_datesAsIsoStrings() throws IOException {
        String text = render(ReportFormat.json);
        JsonNode json = new ObjectMapper().readTree(text);

        assertEquals("nasty", json.get("report").asText());
        assertEquals("Title with <b>|pipes|</b>", json.get("title").asText());
        assertEquals("'); DROP TABLE actor;--", json.get("parameters").get("topic").asText());
        assertTrue(json.get("parameters").get("since").isNull());
        assertEquals(5, json.get("columns").size());
        JsonNode first = json.get("rows").get(0);
        assertEquals(NASTY, first.get("text").asText());
        assertTrue(first.get("count").isIntegralNumber() && first.get("count").asLong() == 42);
        assertTrue(first.get("share").isNumber());
        assertEquals(0, new BigDecimal("1.5").compareTo(first.get("share").decimalValue()));
        assertTrue(text.contains("\"share\" : 1.50,"), "written as the database gave it: " + text);
        assertEquals("2024-03-09", first.get("said_on").textValue());
        assertTrue(first.get("reviewed").isBoolean());
        assertTrue(json.get("rows").get(1).get("text").isNull());
    }

    @Test
    void html_escapesEverything_andRefersToNothingOutside() throws IOException {
        String html = render(ReportFormat.html);

        assertFalse(EXTERNAL_RESOURCE.matcher(html).find(), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"), html);
        assertTrue(html.contains("<title>Title with &lt;b&gt;|pipes|&lt;/b&gt;</title>"), html);
        assertTrue(html.contains("<dt>topic</dt><dd>&#39;); DROP TABLE actor;--</dd>"), html);
        assertTrue(html.contains("<td class=\"number\">42</td>"), html);
        assertTrue(html.contains("default-src 'none'"), html);
        assertEquals(3, html.split("<tr>", -1).length - 1, "header row + 2 rows");
    }

    @Test
    void externalResourcePattern_catchesWhatItIsFor() {
        for (String bad : List.of("<img src=\"https://x.org/a.png\">", "<a href='//x.org'>", "@import 'x.css'",
                "background: url(http://x.org/a.png)", "<script>1</script>", "<link rel=stylesheet href=x.css>"))
            assertTrue(EXTERNAL_RESOURCE.matcher(bad).find(), bad);
        assertFalse(EXTERNAL_RESOURCE.matcher("<td>see https://x.org/article</td>").find());
    }

    @Test
    void html_givesLongTextAMinimumWidth_soThatIdentifiersAndNumbersDoNotSqueezeItToAWordPerLine() throws IOException {
        NamedReport report = new NamedReport("wide", "Wide", "", "test", List.of(), "SELECT 1", "SELECT 1");
        String sentence = "Ukraine will never agree to surrender territory while the president is in office";
        ReportResult wide = new ReportResult(report, Map.of(), List.of("article_file", "sentence_number", "text"),
                List.<List<Object>>of(Arrays.asList("000_dcad965514c1b99f.txt", 4, sentence)));
        StringWriter out = new StringWriter();

        ReportFormat.html.renderer().render(wide, out);

        String html = out.toString();
        assertTrue(html.contains("<td class=\"prose\">" + sentence + "</td>"), html);
        assertTrue(html.contains("<td>000_dcad965514c1b99f.txt</td>"), "a file name is not prose: " + html);
        assertTrue(Pattern.compile("td\\.prose \\{ min-width: \\d+rem").matcher(html).find(), "the text column has a minimum width: " + html);
        assertTrue(html.contains("sentence_<wbr>number"), "long column names may break at underscores: " + html);
        assertTrue(html.contains("@media print") && html.contains("@page { size: landscape"), "print rules: " + html);
    }
}
