package org.positionstracker.cli;

import java.util.concurrent.Callable;
import org.positionstracker.db.Database;
import org.positionstracker.query.TrackerQueries;
import org.positionstracker.query.Views.TopicView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "topics", mixinStandardHelpOptions = true, header = "Lists the topics with their claims and statement counts.", description = "Lists the topics with their claims (what a stance agrees or disagrees with) and the number of statements on each.")
class TopicsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = database.openForReading()) {
            new Printer<TopicView>()
                    .column("slug", TopicView::slug)
                    .column("label", TopicView::label)
                    .column("claim", TopicView::claim)
                    .column("statements", TopicView::statements)
                    .column("description", TopicView::description)
                    .print(new TrackerQueries(db.transactions()).topics(), output, spec.commandLine().getOut());
            return 0;
        }
    }
}
