package org.positionstracker.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.positionstracker.db.Database;
import org.positionstracker.query.TrackerQueries;
import org.positionstracker.query.Views.PositionView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "positions", mixinStandardHelpOptions = true, header = "Lists actors' positions per topic, with their evidence.",
        description = {"Lists actors' positions per topic, derived from their statements and those of the people who speak for them.",
                "Each position lists its evidence (the statements it rests on): the first 20 by default, see --evidence;",
                "compare with the statements count to see whether the list was cut."})
class PositionsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only this actor (name or alias).")
    String actor;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only this topic (slug or label).")
    String topic;

    @Option(names = "--evidence", paramLabel = "N|all", defaultValue = "20",
            description = "Evidence statements listed per position: a number (0 for none) or all. Default: ${DEFAULT-VALUE}. "
                    + "'all' can be slow for a topic across a large corpus.")
    String evidence;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    private int evidenceLimit() {
        if (evidence.equalsIgnoreCase("all")) return TrackerQueries.ALL_EVIDENCE;
        try {
            int n = Integer.parseInt(evidence.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--evidence " + evidence + ": give a number of statements (0 or more) or all");
    }

    @Override
    public Integer call() {
        int limit = evidenceLimit();
        try (Database db = database.openForReading()) {
            List<PositionView> rows = new TrackerQueries(db.transactions()).positions(actor, topic, limit);
            new Printer<PositionView>()
                    .column("actor", PositionView::actor)
                    .column("kind", PositionView::actorKind)
                    .column("topic", PositionView::topic)
                    .column("stance", PositionView::stance)
                    .column("statements", PositionView::statements)
                    .column("own", PositionView::ownStatements)
                    .column("evidence", p -> String.join(" ", p.evidence().stream().map(e -> "#" + e.statementId()).toList()))
                    .print(rows, output, spec.commandLine().getOut());
            return 0;
        }
    }
}
