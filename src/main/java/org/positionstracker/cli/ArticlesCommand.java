package org.positionstracker.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.positionstracker.db.Database;
import org.positionstracker.importer.StoredArticles;
import org.positionstracker.query.ArticleQueries;
import org.positionstracker.query.ArticleQueries.ArticleText;
import org.positionstracker.query.ArticleQueries.ArticleView;
import org.positionstracker.query.ArticleQueries.PlacedStatement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "articles", mixinStandardHelpOptions = true, header = "Lists, shows and deletes the imported articles.",
        description = {"Lists the imported articles with id, file, title, outlet, date and how many statements and speakers each has.",
                "An article is named by its id or its file name."},
        subcommands = {ArticlesCommand.Show.class, ArticlesCommand.Delete.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  positions-tracker articles",
                "  positions-tracker articles show 000_dcad965514c1b99f.txt",
                "  positions-tracker articles delete 51 101"})
class ArticlesCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = database.openForReading()) {
            new Printer<ArticleView>()
                    .column("id", ArticleView::id)
                    .column("file", ArticleView::file)
                    .column("title", ArticleView::title)
                    .column("outlet", ArticleView::outlet)
                    .column("published_on", ArticleView::publishedOn)
                    .column("statements", ArticleView::statements)
                    .column("speakers", ArticleView::speakers)
                    .print(new ArticleQueries(db.transactions()).articles(), output, spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, header = "Prints an article's text with its statements marked.",
            description = {"Prints an article's text with its statements marked, and each described under its line.",
                    "[N> opens statement N and <N] closes it; the description gives its #id, speaker, mode, topics with stances.",
                    "--format json gives the article, its text and its statements; csv the statements only."})
    static final class Show implements Callable<Integer> {
        @Mixin
        DatabaseOption database;

        @Mixin
        FormatOption output;

        @Parameters(paramLabel = "ARTICLE", description = "The article's id or file name (see the articles command).")
        String article;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = database.openForReading()) {
                ArticleText text = new ArticleQueries(db.transactions()).article(article);
                switch (output.format) {
                    case json -> out.println(json(text));
                    case csv -> new Printer<PlacedStatement>()
                            .column("id", PlacedStatement::id)
                            .column("start", PlacedStatement::start)
                            .column("end", PlacedStatement::end)
                            .column("speaker", PlacedStatement::speaker)
                            .column("mode", PlacedStatement::mode)
                            .column("stances", s -> stances(s))
                            .column("reviewed", PlacedStatement::reviewed)
                            .column("text", PlacedStatement::text)
                            .print(text.statements(), OutputFormat.csv, Integer.MAX_VALUE, out);
                    case table -> out.print(marked(text));
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, header = "Deletes articles with their statements.",
            description = {"Deletes articles and their statements in one transaction, and recomputes the positions they fed.",
                    "All or none: an unknown article stops it. Analysts' corrections are kept: importing the file again applies them again."})
    static final class Delete implements Callable<Integer> {
        @Mixin
        DatabaseOption database;

        @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Article ids or file names (see the articles command).")
        List<String> articles;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws SQLException {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = database.open()) {
                List<Long> ids = new ArticleQueries(db.transactions()).ids(articles);
                StoredArticles stored = new StoredArticles(db.idBlocks());
                List<StoredArticles.Removed> removed = db.transactions().writeJdbc(c -> {
                    List<StoredArticles.Removed> done = new ArrayList<>();
                    for (long id : ids) done.add(stored.delete(c, id));
                    return done;
                });
                for (StoredArticles.Removed r : removed)
                    out.println("deleted article #" + r.id() + " (" + r.fileName() + "): " + r.statements() + " statement" + (r.statements() == 1 ? "" : "s")
                            + (r.correctionsKept() == 0 ? "" : "; " + r.correctionsKept() + " correction" + (r.correctionsKept() == 1 ? "" : "s")
                            + " kept for a re-import"));
                out.println("positions recomputed");
                return 0;
            }
        }
    }

    private static String json(ArticleText text) {
        try {
            return Printer.json().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The article's text with [N> and <N] around each statement, and under each line the statements begun in it. */
    static String marked(ArticleText text) {
        ArticleView a = text.article();
        StringBuilder out = new StringBuilder();
        out.append("#").append(a.id()).append(" ").append(a.file()).append('\n');
        if (a.title() != null) out.append("title:  ").append(a.title()).append('\n');
        if (a.outlet() != null) out.append("outlet: ").append(a.outlet()).append('\n');
        if (a.publishedOn() != null) out.append("date:   ").append(a.publishedOn()).append('\n');
        if (a.url() != null) out.append("url:    ").append(a.url()).append('\n');
        out.append(a.statements()).append(" statement").append(a.statements() == 1 ? "" : "s").append(" by ").append(a.speakers())
                .append(" speaker").append(a.speakers() == 1 ? "" : "s").append("; [N> ... <N] marks statement N\n\n");
        List<PlacedStatement> statements = text.statements();
        String body = text.body();
        List<Integer> open = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<Integer> begun = new ArrayList<>();
        for (int i = 0; i <= body.length(); i++) {
            for (int n = open.size() - 1; n >= 0; n--) {
                int k = open.get(n);
                if (statements.get(k).end() == i) {
                    line.append('<').append(k + 1).append(']');
                    open.remove(n);
                }
            }
            List<Integer> starting = new ArrayList<>();
            for (int k = 0; k < statements.size(); k++) if (statements.get(k).start() == i) starting.add(k);
            starting.sort(Comparator.comparingInt((Integer k) -> -statements.get(k).end()));
            for (int k : starting) {
                line.append('[').append(k + 1).append('>');
                open.add(k);
                begun.add(k);
            }
            if (i == body.length()) break;
            char ch = body.charAt(i);
            if (ch == '\r') continue;
            if (ch != '\n') {
                line.append(ch);
                continue;
            }
            out.append(line).append('\n');
            line.setLength(0);
            describe(statements, begun, out);
        }
        if (!line.isEmpty()) out.append(line).append('\n');
        describe(statements, begun, out);
        return out.toString();
    }

    private static void describe(List<PlacedStatement> statements, List<Integer> begun, StringBuilder out) {
        for (int k : begun) {
            PlacedStatement s = statements.get(k);
            out.append("    [").append(k + 1).append("] #").append(s.id()).append(' ').append(s.speaker()).append(", ").append(s.mode());
            if (!s.stances().isEmpty()) out.append(", ").append(stances(s));
            if (s.reviewed()) out.append(", reviewed");
            out.append('\n');
        }
        begun.clear();
    }

    private static String stances(PlacedStatement s) {
        return s.stances().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" "));
    }
}
