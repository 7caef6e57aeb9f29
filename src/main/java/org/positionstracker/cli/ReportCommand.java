package org.positionstracker.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.positionstracker.db.Database;
import org.positionstracker.report.NamedReport;
import org.positionstracker.report.ReportCatalog;
import org.positionstracker.report.ReportFormat;
import org.positionstracker.report.ReportParameter;
import org.positionstracker.report.ReportResult;
import org.positionstracker.report.ReportRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, header = "Runs a named SQL report: Markdown, CSV, JSON or HTML.", sortOptions = false,
        description = {"Runs a named SQL report (a file in db/reports/) on the reporting views and writes it as Markdown, CSV, "
                + "JSON or a self-contained HTML page. --list shows the reports and their parameters. Your own NAME.sql files "
                + "in ./db/reports (or --reports DIR) are found too, and win over a bundled report of the same name."},
        footer = {"", "Examples:",
                "  positions-tracker report --list",
                "  positions-tracker report statements-on-topic --param topic=territory",
                "  positions-tracker report conflicts --format html --out conflicts.html",
                "  positions-tracker report actor-activity -p period=day -p from_date=2024-01-01 --format csv"})
class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The report to run (see --list).")
    String name;

    @Option(names = "--list", description = "List the reports: name, title, parameters with their defaults, description.")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "A parameter value (repeatable). An empty value means none (NULL). Unset parameters take their defaults.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT",
            description = "md, csv, json or html (with --list: md for text, or json). Default: ${DEFAULT-VALUE}")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE (replaced at once when complete) instead of printing.")
    Path out;

    @Option(names = "--reports", paramLabel = "DIR",
            description = "Folder of your own report files (NAME.sql). Default: ./db/reports when it exists.")
    Path reportsFolder;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    /** Made when --list --format json needs it, not whenever the command line is parsed. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public Integer call() throws Exception {
        ReportCatalog catalog = catalog();
        if (list) {
            if (name != null) throw new IllegalArgumentException("give a report NAME or --list, not both");
            if (format != ReportFormat.md && format != ReportFormat.json)
                throw new IllegalArgumentException("--list --format " + format + ": the list is text (md) or json");
            List<NamedReport> reports = catalog.loadAll();
            write(w -> {
                if (format == ReportFormat.json) writeListJson(reports, w);
                else writeList(reports, w);
            }, reports.size() + " reports");
            return 0;
        }
        if (name == null)
            throw new IllegalArgumentException("give a report NAME (available: " + String.join(", ", catalog.names()) + ") or --list");
        NamedReport report = catalog.load(name);
        report.bind(params); // an unknown or missing parameter fails before the database is opened
        ReportResult result;
        try (Database db = database.openForReading(); Connection connection = db.readOnlyConnection()) {
            result = ReportRunner.run(report, params, connection);
            endTransaction(connection);
        }
        int rows = result.rows().size();
        write(w -> format.renderer().render(result, w), rows == 1 ? "1 row" : rows + " rows");
        return 0;
    }

    private ReportCatalog catalog() {
        if (reportsFolder == null) return ReportCatalog.standard();
        if (!Files.isDirectory(reportsFolder))
            throw new IllegalArgumentException("--reports " + reportsFolder + ": no such folder");
        return new ReportCatalog(reportsFolder);
    }

    private static void endTransaction(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) connection.rollback();
    }

    /** To stdout, or to --out through a temporary file in the same folder that replaces FILE only when complete. */
    private void write(AtomicFiles.Content content, String what) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            content.writeTo(stdout);
            stdout.flush();
            return;
        }
        AtomicFiles.write(out, content);
        stdout.println(ControlCharacters.escape("wrote " + what + " to " + out));
        stdout.flush();
    }

    private static void writeList(List<NamedReport> reports, Writer w) throws IOException {
        String nl = System.lineSeparator();
        for (NamedReport r : reports) {
            w.write(r.name() + " - " + r.title() + nl);
            for (String line : wrap(r.description(), 96)) w.write("    " + line + nl);
            int width = r.parameters().stream().mapToInt(p -> p.usage().length()).max().orElse(0);
            for (ReportParameter p : r.parameters())
                w.write(("    --param " + String.format("%-" + width + "s", p.usage()) + "   " + p.explained()).stripTrailing() + nl);
            w.write("    file: " + r.source() + nl + nl);
        }
        w.flush();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) continue;
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    private static void writeListJson(List<NamedReport> reports, Writer w) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (NamedReport r : reports) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", r.name());
            entry.put("title", r.title());
            entry.put("description", r.description());
            List<Map<String, Object>> parameters = new ArrayList<>();
            for (ReportParameter p : r.parameters()) {
                Map<String, Object> parameter = new LinkedHashMap<>();
                parameter.put("name", p.name());
                parameter.put("default", p.defaultValue());
                parameter.put("required", p.required());
                parameter.put("description", p.description());
                parameters.add(parameter);
            }
            entry.put("parameters", parameters);
            entry.put("source", r.source());
            list.add(entry);
        }
        w.write(Json.MAPPER.writeValueAsString(list));
        w.write(System.lineSeparator());
        w.flush();
    }
}
