package org.positionstracker.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.positionstracker.db.Database;
import org.positionstracker.query.TrackerQueries;
import org.positionstracker.query.Views.ConflictView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "conflicts", mixinStandardHelpOptions = true, header = "Lists pairs of actors on opposite sides of a topic.",
        description = {"Lists pairs of actors whose positions on a topic's claim lean in opposite directions, with the evidence of each side.",
                "By default only top-level actors (those that speak for no one else, such as governments) are paired; --all-levels adds",
                "the people and groups who speak for them."})
class ConflictsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only this topic (slug or label).")
    String topic;

    @Option(names = "--all-levels", description = "Pair every actor, the people speaking for a government too (one disagreement then shows once per pair of speakers).")
    boolean allLevels;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = database.openForReading()) {
            List<ConflictView> rows = new TrackerQueries(db.transactions()).conflicts(topic, allLevels);
            new Printer<ConflictView>()
                    .column("topic", ConflictView::topic)
                    .column("actor_a", ConflictView::actorA)
                    .column("stance_a", ConflictView::stanceA)
                    .column("actor_b", ConflictView::actorB)
                    .column("stance_b", ConflictView::stanceB)
                    .column("evidence_a", c -> String.join(" ", c.evidenceA().stream().map(e -> "#" + e.statementId()).toList()))
                    .column("evidence_b", c -> String.join(" ", c.evidenceB().stream().map(e -> "#" + e.statementId()).toList()))
                    .print(rows, output, spec.commandLine().getOut());
            return 0;
        }
    }
}
