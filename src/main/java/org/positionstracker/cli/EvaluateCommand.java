package org.positionstracker.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.evaluate.Evaluation;
import org.positionstracker.evaluate.EvaluationReport;
import org.positionstracker.evaluate.EvaluationTable;
import org.positionstracker.evaluate.SpeechCues;
import org.positionstracker.extract.NewsStatementExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true, header = "Measures the extractor on annotated articles.",
        description = {"Measures the extractor on annotated articles: recall (quoted / reported, speech cue / other cue),",
                "precision, F1 and speaker accuracy, at a content-overlap threshold and at exact span match;",
                "topic precision and recall and stance accuracy when the gold gives topics and stances.",
                "GOLD_DIR holds NAME.txt with NAME.gold.json (the project's format) or brat standoff NAME.ann",
                "(Source, Cue, Content), also PolNeAR's text/ + attributions/NAME_XXXX.ann. No database is used.",
                "Reference: src/site/markdown/evaluate.md. Exit code 1 when the extractor failed on an article."})
class EvaluateCommand implements Callable<Integer> {
    enum Format { table, json }

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of annotated articles (searched recursively).")
    Path goldDir;

    @Option(names = "--overlap", defaultValue = "0.3", paramLabel = "RATIO",
            description = "Least share of characters a prediction and a gold content must have in common, over the longer of the two. Default: ${DEFAULT-VALUE}")
    double overlap;

    @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--errors", description = "List every missed gold statement and every wrong prediction (with the rule that produced it).")
    boolean errors;

    @Option(names = "--codebook", paramLabel = "FILE",
            description = "Codebook YAML with actors and topics. Default: db/codebook.yaml in the working folder if present, else the bundled one.")
    Path codebook;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(overlap > 0 && overlap <= 1))
            throw new IllegalArgumentException("--overlap " + overlap + ": must be above 0 and at most 1");
        Codebook book = CodebookLoader.resolve(codebook);
        Evaluation evaluation = new Evaluation(new NewsStatementExtractor(book), overlap, SpeechCues.bundled(), book);
        EvaluationReport report = evaluation.run(goldDir, (done, total) -> {
            if (total >= 50 && (done % 100 == 0 || done == total)) {
                err.printf("evaluated %d/%d articles%n", done, total);
                err.flush();
            }
        });
        if (!errors) report = report.withoutErrors();
        if (format == Format.json) {
            try {
                out.println(Printer.json().writeValueAsString(report));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
        } else {
            EvaluationTable.print(report, out);
        }
        return report.failedArticles() > 0 ? 1 : 0;
    }
}
