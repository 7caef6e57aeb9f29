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

@Command(name = "positions", mixinStandardHelpOptions = true,
        description = {"Lists actors' positions per topic, derived from their statements and those of the people who speak for them.",
                "JSON output includes each position's evidence (the statements it rests on)."})
class PositionsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only this actor (name or alias).")
    String actor;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only this topic (slug or label).")
    String topic;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = database.open()) {
            List<PositionView> rows = new TrackerQueries(db.transactions()).positions(actor, topic);
            new Printer<PositionView>()
                    .column("actor", PositionView::actor)
                    .column("kind", PositionView::actorKind)
                    .column("topic", PositionView::topic)
                    .column("stance", PositionView::stance)
                    .column("statements", PositionView::statements)
                    .column("own", PositionView::ownStatements)
                    .column("evidence", p -> String.join(" ", p.evidence().stream().map(e -> "#" + e.statementId()).toList()))
                    .print(rows, output.format, spec.commandLine().getOut());
            return 0;
        }
    }
}
