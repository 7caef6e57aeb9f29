package org.positionstracker.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.positionstracker.db.Database;
import org.positionstracker.query.SearchWords;
import org.positionstracker.query.StatementFilter;
import org.positionstracker.query.TrackerQueries;
import org.positionstracker.query.Views.StatementView;
import org.positionstracker.statement.Mode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "statements", mixinStandardHelpOptions = true, header = "Lists statements, filtered by topic, actor, words or dates.",
        description = {"Lists statements, optionally filtered by topic, actor, mode, article, words and dates (filters combine).",
                "JSON output: an array of objects with id, article, speaker, speaker_kind, speaker_affiliation, mode, text,",
                "start, end, speaker_mention, cue, sentence, said_on, topics, stances, reviewed, title, outlet, url and rule (see README);",
                "CSV output has every one of them as a column. In the table, * under rev marks a statement an analyst corrected.",
                "Statements without a speaker (speech whose speaker could not be told) are listed only with --unattributed."},
        footer = {"", "Examples:",
                "  positions-tracker statements --topic \"ceasefire conditions\"",
                "  positions-tracker statements --search \"security guarantees\" --from 2025-11-01 --to 2025-11-30",
                "  positions-tracker statements --actor Kyiv --with-members --format csv > kyiv.csv"})
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

    @Option(names = "--search", paramLabel = "WORDS",
            description = "Only statements whose text contains every one of these words (whole words, any case, any order).")
    String search;

    @Option(names = "--from", paramLabel = "DATE", description = "Only statements said on or after this day (YYYY-MM-DD); undated statements are left out.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only statements said on or before this day (YYYY-MM-DD).")
    LocalDate to;

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
        StatementFilter filter = new StatementFilter(topic, actor, withMembers, mode, article,
                search == null ? null : SearchWords.parse(search), from, to, limit, offset, unattributed);
        try (Database db = database.openForReading()) {
            List<StatementView> rows = new TrackerQueries(db.transactions()).statements(filter);
            (output.format == OutputFormat.csv ? everyField() : tableColumns()).print(rows, output, spec.commandLine().getOut());
            if (output.format == OutputFormat.table) spec.commandLine().getOut().println(rows.size() + " statement" + (rows.size() == 1 ? "" : "s"));
            return 0;
        }
    }

    private static Printer<StatementView> tableColumns() {
        return new Printer<StatementView>()
                .column("id", StatementView::id)
                .column("rev", s -> s.reviewed() ? "*" : "")
                .column("article", StatementView::article)
                .column("speaker", StatementView::speaker)
                .column("mode", StatementView::mode)
                .column("start", StatementView::start)
                .column("end", StatementView::end)
                .column("stances", StatementsCommand::stances)
                .column("text", StatementView::text);
    }

    /** The JSON contract's fields, one column each (spans as text, start, end), so a spreadsheet gets the whole record. */
    private static Printer<StatementView> everyField() {
        return new Printer<StatementView>()
                .column("id", StatementView::id)
                .column("article", StatementView::article)
                .column("title", StatementView::title)
                .column("outlet", StatementView::outlet)
                .column("url", StatementView::url)
                .column("said_on", StatementView::saidOn)
                .column("speaker", StatementView::speaker)
                .column("speaker_kind", StatementView::speakerKind)
                .column("speaker_affiliation", StatementView::speakerAffiliation)
                .column("mode", StatementView::mode)
                .column("text", StatementView::text)
                .column("start", StatementView::start)
                .column("end", StatementView::end)
                .column("speaker_mention", s -> s.speakerMention() == null ? null : s.speakerMention().text())
                .column("speaker_mention_start", s -> s.speakerMention() == null ? null : s.speakerMention().start())
                .column("speaker_mention_end", s -> s.speakerMention() == null ? null : s.speakerMention().end())
                .column("cue", s -> s.cue() == null ? null : s.cue().text())
                .column("cue_start", s -> s.cue() == null ? null : s.cue().start())
                .column("cue_end", s -> s.cue() == null ? null : s.cue().end())
                .column("sentence", StatementView::sentence)
                .column("topics", s -> String.join(" ", s.topics()))
                .column("stances", StatementsCommand::stances)
                .column("reviewed", StatementView::reviewed)
                .column("rule", StatementView::rule);
    }

    private static String stances(StatementView s) {
        return s.stances().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" "));
    }

    static final class ModeConverter implements picocli.CommandLine.ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            return Mode.fromCode(value);
        }
    }
}
