package org.positionstracker.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A GitHub-flavoured Markdown page: {@code # title}, the description, the parameters used, the
 * table and the number of rows. Text is escaped so that it shows literally: a backslash, {@code |},
 * {@code *}, {@code `} and {@code <} (emphasis, code, HTML) and the {@code (} of a {@code [text](link)}
 * get a backslash, and a line break becomes {@code <br>} (a table row is one line). Underscores are
 * left alone: GitHub does not read {@code said_on} as emphasis.
 */
final class MarkdownRenderer implements ReportRenderer {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\|*`<])");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    @Override
    public void render(ReportResult result, Writer out) throws IOException {
        NamedReport report = result.report();
        out.write("# " + escape(report.title()) + "\n\n");
        if (!report.description().isEmpty()) out.write(escape(report.description()) + "\n\n");
        out.write("Report `" + report.name().replace("`", "") + "`, " + parameters(result.parameters()) + "\n\n");
        List<String> columns = result.columns();
        out.write(row(columns.stream().map(MarkdownRenderer::escape).toList()));
        out.write(row(columns.stream().map(c -> "---").toList()));
        for (List<Object> r : result.rows()) out.write(row(r.stream().map(v -> escape(ReportResult.text(v))).toList()));
        out.write("\n" + rows(result.rows().size()) + "\n");
        out.flush();
    }

    private static String parameters(Map<String, String> values) {
        if (values.isEmpty()) return "no parameters.";
        StringBuilder sb = new StringBuilder("parameters: ");
        boolean first = true;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(escape(e.getKey())).append(" = ").append(e.getValue() == null ? "(none)" : escape(e.getValue()));
        }
        return sb.append('.').toString();
    }

    static String rows(int n) {
        return n == 1 ? "1 row" : n + " rows";
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    static String escape(String text) {
        String escaped = SPECIAL.matcher(text.strip()).replaceAll("\\\\$1").replace("](", "]\\(");
        return LINE_BREAK.matcher(escaped).replaceAll("<br>");
    }
}
