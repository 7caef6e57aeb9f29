package org.positionstracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.positionstracker.article.ExportFields;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Database;
import org.positionstracker.extract.NewsStatementExtractor;
import org.positionstracker.importer.ArticleImporter;
import org.positionstracker.importer.ImportSummary;
import org.positionstracker.query.TrackerQueries;
import org.positionstracker.query.Views.TopicView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, header = "Imports articles from files and folders.",
        description = {"Imports article files, and the folders below the given paths.",
                "Formats, by extension: text (txt), Markdown (md, markdown), saved web pages (html, htm), PDF (pdf), and exports of one "
                        + "article per line or row: JSON Lines (jsonl, ndjson) and CSV (csv). Other files in a folder are counted by extension "
                        + "in the summary.",
                "Each article is one transaction: all of it is stored or none. Re-importing unchanged files changes nothing;",
                "a file imported before from the same path with different text replaces its earlier version.",
                "Exit code 1 when any file was rejected (the others are still imported); 130 when stopped by Ctrl-C or SIGTERM,",
                "after committing and reporting the articles written so far."})
class ImportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--codebook", paramLabel = "FILE",
            description = "Codebook YAML with actors and topics. Default: db/codebook.yaml in the working folder if present, else the bundled one.")
    Path codebook;

    @Option(names = "--reextract",
            description = "Extract again articles already stored with the same text (after upgrading the tracker or editing the codebook); their statements are replaced and analysts' corrections re-applied.")
    boolean reextract;

    @Option(names = "--fields", paramLabel = "PART=FIELD,...",
            description = "Fields of JSON Lines and CSV exports, e.g. text=body,title=headline. Parts: text, title, url, published, outlet. "
                    + "Default: the first present of text/body/content, title/headline, url/link, published/date, outlet/source.")
    String fields;

    @Option(names = "--time-budget", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest extraction of one article before it is rejected by name and the import goes on, e.g. 60s, 5m, 500ms "
                    + "(a plain number is seconds). Default: ${DEFAULT-VALUE}.", defaultValue = "60s")
    Duration timeBudget;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (searched recursively for the formats above).")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ExportFields exportFields;
        try {
            exportFields = ExportFields.parse(fields);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Codebook book = CodebookLoader.resolve(codebook);
        AtomicReference<ArticleImporter> running = new AtomicReference<>();
        String interrupted = "interrupted (Ctrl-C or SIGTERM)";
        try (StopOnSignal signal = new StopOnSignal(() -> {
                 ArticleImporter importer = running.get();
                 if (importer != null) importer.requestStop(interrupted);
             });
             Database db = database.open()) {
            ArticleImporter importer = new ArticleImporter(db, book, new NewsStatementExtractor(book)).reextracting(reextract).readingExports(exportFields)
                    .withTimeBudget(timeBudget);
            running.set(importer);
            if (signal.signalled()) importer.requestStop(interrupted);
            ImportProgress progress = new ImportProgress(out, spec.commandLine().getErr(), System.console() != null);
            ImportSummary summary = importer.importFiles(paths, progress);
            out.println(summary.describe());
            if (summary.describeSkipped() != null) out.println(summary.describeSkipped());
            summary.describeStop().ifPresent(out::println);
            progress.listRejected();
            out.println("database: " + ControlCharacters.escape(db.location().displayUrl()));
            if (!summary.stoppedEarly()) {
                List<TopicView> topics = new TrackerQueries(db.transactions()).topics();
                out.println("statements per topic: " + String.join(", ", topics.stream()
                        .filter(t -> t.statements() > 0).map(t -> t.slug() + " " + t.statements()).toList()));
            }
            out.flush();
            if (signal.signalled()) return StopOnSignal.EXIT_INTERRUPTED;
            return summary.anyRejected() || summary.stoppedEarly() ? 1 : 0;
        }
    }
}
