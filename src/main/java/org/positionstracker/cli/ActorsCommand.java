package org.positionstracker.cli;

import java.util.concurrent.Callable;
import org.positionstracker.db.Database;
import org.positionstracker.query.TrackerQueries;
import org.positionstracker.query.Views.ActorView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "actors", mixinStandardHelpOptions = true, header = "Lists the actors with kind, affiliation and aliases.",
        description = "Lists actors (from the codebook and discovered in articles) with kind, affiliation, role, aliases and statement count.")
class ActorsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = database.openForReading()) {
            new Printer<ActorView>()
                    .column("name", ActorView::name)
                    .column("kind", ActorView::kind)
                    .column("speaks_for", ActorView::speaksFor)
                    .column("role", ActorView::role)
                    .column("origin", ActorView::origin)
                    .column("statements", ActorView::statements)
                    .column("aliases", a -> String.join("; ", a.aliases()))
                    .print(new TrackerQueries(db.transactions()).actors(), output, spec.commandLine().getOut());
            return 0;
        }
    }
}
