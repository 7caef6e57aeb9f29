package org.positionstracker.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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

@Command(name = "overview", mixinStandardHelpOptions = true,
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

    @Option(names = "--out", paramLabel = "FILE.html", required = true, description = "The HTML file to write (replaced whole, never left half-written).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OverviewFilter filter = new OverviewFilter(topics, actor, from, to);
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) throw new IllegalArgumentException("--out " + out + " is a folder; give a file name");
        if (folder == null || !Files.isDirectory(folder)) throw new IllegalArgumentException("--out " + out + ": the folder " + folder + " does not exist");
        try (Database db = database.open(); Connection connection = db.readOnlyConnection()) {
            // Not Files.createTempFile: its owner-only permissions would stick to the page; a plain
            // new file gets the usual ones (umask), and a replaced page keeps its own.
            Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                Overview overview;
                try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    overview = OverviewPage.write(new OverviewReader(connection), db.location().displayUrl(), filter, writer);
                }
                keepPermissions(target, temp);
                move(temp, target);
                spec.commandLine().getOut().println("wrote " + out + ": " + count(overview.statementCount(), "statement") + ", "
                        + count(overview.actors().size(), "actor") + ", " + count(overview.topics().size(), "topic"));
                return 0;
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target)) return;
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's defaults apply
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
