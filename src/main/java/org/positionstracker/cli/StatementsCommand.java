package org.positionstracker.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.positionstracker.db.Database;
import org.positionstracker.query.StatementFilter;
import org.positionstracker.query.TrackerQueries;
import org.positionstracker.query.Views.StatementView;
import org.positionstracker.statement.Mode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "statements", mixinStandardHelpOptions = true,
        description = {"Lists statements, optionally filtered by topic, actor, mode and article (filters combine).",
                "JSON output: an array of objects with id, article, speaker, speaker_kind, speaker_affiliation, mode, text,",
                "start, end, speaker_mention, cue, sentence, topics, stances and rule (see README).",
                "Statements without a speaker (speech whose speaker could not be told) are listed only with --unattributed."})
class StatementsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Topic slug or label, e.g. \"ceasefire conditions\".")
    String topic;

    @Option(names = "--actor", paramLabel = "NAME", description = "Actor name or alias, e.g. Putin, Kyiv.")
    String actor;

    @Option(names = "--with-members", description = "With --actor: include statements of those who speak for the actor (e.g. ministers for a government).")
    boolean withMembers;

    @Option(names = "--mode", paramLabel = "MODE", description = "direct, partial or indirect.", converter = ModeConverter.class)
    Mode mode;

    @Option(names = "--article", paramLabel = "FILE", description = "Imported file name, e.g. 000_dcad965514c1b99f.txt.")
    String article;

    @Option(names = "--unattributed", description = "Only the statements whose speaker the extractor could not tell; they count toward no position.")
    boolean unattributed;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many statements (0 = all).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
    int offset;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (withMembers && actor == null) throw new IllegalArgumentException("--with-members needs --actor");
        if (unattributed && actor != null) throw new IllegalArgumentException("--unattributed and --actor exclude each other: unattributed statements have no speaker");
        StatementFilter filter = new StatementFilter(topic, actor, withMembers, mode, article, limit, offset, unattributed);
        try (Database db = database.open()) {
            List<StatementView> rows = new TrackerQueries(db.transactions()).statements(filter);
            new Printer<StatementView>()
                    .column("id", StatementView::id)
                    .column("article", StatementView::article)
                    .column("speaker", StatementView::speaker)
                    .column("mode", StatementView::mode)
                    .column("start", StatementView::start)
                    .column("end", StatementView::end)
                    .column("stances", s -> s.stances().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" ")))
                    .column("text", StatementView::text)
                    .print(rows, output.format, spec.commandLine().getOut());
            if (output.format == OutputFormat.table) spec.commandLine().getOut().println(rows.size() + " statement" + (rows.size() == 1 ? "" : "s"));
            return 0;
        }
    }

    static final class ModeConverter implements picocli.CommandLine.ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            return Mode.fromCode(value);
        }
    }
}
