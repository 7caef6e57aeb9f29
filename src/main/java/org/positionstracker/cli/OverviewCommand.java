package org.positionstracker.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.positionstracker.db.Database;
import org.positionstracker.overview.Overview;
import org.positionstracker.overview.OverviewFilter;
import org.positionstracker.overview.OverviewPage;
import org.positionstracker.overview.OverviewReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "overview", mixinStandardHelpOptions = true, header = "Writes the record as one self-contained HTML page.",
        description = {"Writes one self-contained HTML file (opens from disk, fetches nothing) with the position matrix as a colour grid,",
                "the conflicts, and every statement highlighted in its article's text with speaker, topics and stance beside it."},
        footer = {"", "Examples:",
                "  positions-tracker overview --out overview.html",
                "  positions-tracker overview --topic territory --topic \"ceasefire conditions\" --out territory.html",
                "  positions-tracker overview --actor Ukraine --from 2025-11-01 --to 2025-11-30 --out ukraine-november.html"})
class OverviewCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only this topic (slug or label); repeat for several.")
    List<String> topics;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only this actor (name or alias) and the actors speaking for it.")
    String actor;

    @Option(names = "--from", paramLabel = "DATE", description = "Only statements said on or after this day (YYYY-MM-DD); positions are recounted over the range.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only statements said on or before this day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--all-levels", description = "List conflicts between every pair of actors, people speaking for a government too; by default only top-level actors are paired.")
    boolean allLevels;

    @Option(names = "--out", paramLabel = "FILE.html", required = true, description = "The HTML file to write (replaced whole, never left half-written).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OverviewFilter filter = new OverviewFilter(topics, actor, from, to, allLevels);
        AtomicFiles.checkWritable(out);
        try (Database db = database.openForReading(); Connection connection = db.readOnlyConnection()) {
            Overview[] written = new Overview[1];
            AtomicFiles.write(out, writer -> {
                try {
                    written[0] = OverviewPage.write(new OverviewReader(connection), db.location().displayUrl(), filter, writer);
                } catch (SQLException e) {
                    throw new IllegalStateException("the database failed while the overview was written: " + e.getMessage(), e);
                }
            });
            spec.commandLine().getOut().println("wrote " + ControlCharacters.escape(out.toString()) + ": " + count(written[0].statementCount(), "statement") + ", "
                    + count(written[0].actors().size(), "actor") + ", " + count(written[0].topics().size(), "topic"));
            return 0;
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
