package org.positionstracker.report;

/** The formats a report can be written in. */
public enum ReportFormat {
    /** A GitHub-flavoured Markdown table under the report's title and parameters. */
    md(new MarkdownRenderer()),
    /** RFC 4180 CSV with a header row. */
    csv(new CsvRenderer()),
    /** {report, title, description, parameters, columns, rows: [{column: value}]}. */
    json(new JsonRenderer()),
    /** One self-contained HTML page: inline CSS, no scripts, nothing loaded from anywhere. */
    html(new HtmlRenderer());

    private final ReportRenderer renderer;

    ReportFormat(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    public ReportRenderer renderer() {
        return renderer;
    }
}
