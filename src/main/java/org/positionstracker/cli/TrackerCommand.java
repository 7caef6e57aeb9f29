package org.positionstracker.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.positionstracker.db.DamagedDatabaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "positions-tracker", mixinStandardHelpOptions = true, version = "positions-tracker 0.1.0",
        description = "Turns news articles into a queryable record of who said what, on which topic, taking which position.",
        subcommands = {ImportCommand.class, StatementsCommand.class, PositionsCommand.class, ConflictsCommand.class,
                ActorsCommand.class, TopicsCommand.class, ArticlesCommand.class, ReviewCommand.class, ReportCommand.class,
                OverviewCommand.class, ExportCommand.class, ConsoleCommand.class, EvaluateCommand.class, CompactCommand.class,
                BackupCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  positions-tracker import seeds/",
                "  positions-tracker statements --topic \"ceasefire conditions\"",
                "  positions-tracker positions --actor Russia --format json",
                "  positions-tracker report statements-on-topic --param topic=territory --format html --out territory.html",
                "  positions-tracker overview --out overview.html",
                "  positions-tracker review reject 102 --why \"a headline, not a statement\"",
                "  positions-tracker export network --type actor-actor --out network.graphml",
                "  positions-tracker console"})
public class TrackerCommand implements Runnable {
    /** No class at all: the tracker never asks H2 to load one by name. */
    static final String H2_ALLOWED_CLASSES = "";

    static {
        // H2 reads this once, when its classes load: it must be set before anything touches H2, so
        // that every server socket H2 opens (the web console) listens on the loopback address only.
        System.setProperty("h2.bindAddress", ConsoleCommand.LOOPBACK);
        // H2 loads classes named in SQL (CREATE ALIAS ... FOR, triggers, aggregates, JDBC drivers,
        // JAVA_OBJECT serializers) and runs their code in this JVM; the tracker names none.
        System.setProperty("h2.allowedClasses", H2_ALLOWED_CLASSES);
        // Nothing the tracker does needs Java deserialization, but H2 deserializes JAVA_OBJECT
        // values handed to getObject; a query (a report file, say) could smuggle a gadget chain in.
        if (java.io.ObjectInputFilter.Config.getSerialFilter() == null)
            java.io.ObjectInputFilter.Config.setSerialFilter(java.io.ObjectInputFilter.Config.createFilter("!*"));
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces and details on errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code: 0 success, 1 failure, 2 bad usage. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine cli = new CommandLine(new TrackerCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("error: " + ControlCharacters.escape(ErrorMessages.describe(DatabaseOption.locationOf(commandLine)
                    .flatMap(location -> DamagedDatabaseException.of(e, location)).map(Throwable.class::cast).orElse(e))));
            if (verbose) e.printStackTrace(err);
            err.flush();
            return 1;
        });
        cli.setParameterExceptionHandler((e, arguments) -> {
            // One line, as for every other error, pointing at the help instead of printing all of it.
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            err.println("error: " + ControlCharacters.escape(e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip()) + " (see: " + command + " --help)");
            err.flush();
            return 2;
        });
        return cli.execute(args);
    }
}
