package org.positionstracker.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page: title, description, parameters and the table, styled by an inline
 * style sheet. It has no scripts and refers to nothing outside itself; its Content-Security-Policy
 * forbids loading anything, so a browser would not fetch a resource even if one slipped in. Every
 * text is escaped.
 */
final class HtmlRenderer implements ReportRenderer {
    /**
     * A column is prose when one of its values is a sentence longer than this: it gets a minimum
     * width, so that the table's automatic layout does not squeeze it to a word per line to make
     * room for identifiers, file names and numbers, which never wrap.
     */
    static final int PROSE_LENGTH = 40;

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem; color: #1b1b1b; }
            h1 { font-size: 1.5rem; margin-bottom: 0.25rem; }
            p.description { max-width: 60rem; color: #444; }
            dl.parameters { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; }
            dl.parameters dt { font-weight: bold; }
            dl.parameters dd { margin: 0; font-family: ui-monospace, monospace; }
            table { border-collapse: collapse; margin-top: 1rem; font-size: 0.9rem; }
            th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; white-space: pre-wrap; }
            th { background: #f0f0f0; position: sticky; top: 0; }
            tr:nth-child(even) td { background: #fafafa; }
            td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.null { color: #999; }
            th.prose, td.prose { min-width: 20rem; max-width: 48rem; }
            p.count { color: #444; }
            @page { size: landscape; margin: 1cm; }
            @media print {
              body { margin: 0; font-size: 9pt; }
              table { font-size: 8pt; width: 100%; }
              th, td { padding: 0.15rem 0.3rem; }
              th { position: static; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; }
              th.prose, td.prose { min-width: 14rem; max-width: none; }
            }
            """;

    @Override
    public void render(ReportResult result, Writer out) throws IOException {
        NamedReport report = result.report();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"generator\" content=\"positions-tracker report ").append(Html.value(report.name())).append("\">\n")
                .append("<title>").append(Html.value(report.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(Html.value(report.title())).append("</h1>\n");
        if (!report.description().isEmpty())
            html.append("<p class=\"description\">").append(Html.value(report.description())).append("</p>\n");
        parameters(html, result.parameters());
        boolean[] prose = proseColumns(result);
        html.append("<table>\n<thead>\n<tr>");
        for (int i = 0; i < prose.length; i++)
            html.append("<th scope=\"col\"").append(prose[i] ? " class=\"prose\"" : "").append('>')
                    .append(breakable(result.columns().get(i))).append("</th>");
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (List<Object> row : result.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                String css = value == null ? " class=\"null\"" : value instanceof Number ? " class=\"number\"" : prose[i] ? " class=\"prose\"" : "";
                html.append("<td").append(css).append('>').append(Html.value(ReportResult.text(value))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"count\">").append(MarkdownRenderer.rows(result.rows().size()))
                .append(" &middot; report <code>").append(Html.value(report.name())).append("</code></p>\n</body>\n</html>\n");
        out.write(html.toString());
        out.flush();
    }

    private static boolean[] proseColumns(ReportResult result) {
        boolean[] prose = new boolean[result.columns().size()];
        for (List<Object> row : result.rows())
            for (int i = 0; i < prose.length; i++) {
                if (!(row.get(i) instanceof String text)) continue;
                String trimmed = text.strip();
                if (trimmed.length() > PROSE_LENGTH && trimmed.indexOf(' ') > 0) prose[i] = true;
            }
        return prose;
    }

    /** Column names such as sentence_number may break after an underscore, so headers do not widen number columns. */
    private static String breakable(String column) {
        return Html.value(column).replace("_", "_<wbr>");
    }

    private static void parameters(StringBuilder html, Map<String, String> values) {
        if (values.isEmpty()) return;
        html.append("<dl class=\"parameters\">\n");
        for (Map.Entry<String, String> e : values.entrySet()) {
            html.append("<dt>").append(Html.value(e.getKey())).append("</dt><dd>")
                    .append(e.getValue() == null ? "(none)" : Html.value(e.getValue())).append("</dd>\n");
        }
        html.append("</dl>\n");
    }

}
