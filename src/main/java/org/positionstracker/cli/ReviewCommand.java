package org.positionstracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Database;
import org.positionstracker.db.IdBlocks;
import org.positionstracker.extract.NewsStatementExtractor;
import org.positionstracker.extract.SentenceNumbers;
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.importer.StoredArticles;
import org.positionstracker.review.Correction;
import org.positionstracker.review.CorrectionLog;
import org.positionstracker.review.CorrectionLog.CorrectionView;
import org.positionstracker.review.Corrections;
import org.positionstracker.review.Corrections.ActorsEffect;
import org.positionstracker.review.Corrections.Effect;
import org.positionstracker.review.Corrections.NewStatement;
import org.positionstracker.review.Corrections.StatementEffect;
import org.positionstracker.review.Note;
import org.positionstracker.review.StatementKey;
import org.positionstracker.review.TopicList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review", mixinStandardHelpOptions = true, header = "Corrects what the extractor got wrong.",
        description = {"Corrects what the extractor got wrong. Each correction is stored as its own row (what, when, who, why),",
                "takes precedence over the extractor in every query, view and report, and is applied again when the article",
                "is re-imported or re-extracted. Statement ids are the #ids the statements command shows."},
        subcommands = {ReviewCommand.Speaker.class, ReviewCommand.Topics.class, ReviewCommand.StanceCorrection.class,
                ReviewCommand.Reject.class, ReviewCommand.Add.class, ReviewCommand.Merge.class, ReviewCommand.Alias.class, ReviewCommand.Withdraw.class, ReviewCommand.ListCorrections.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  positions-tracker review speaker 101 --actor \"Dmitry Peskov\" --why \"the quote is Peskov's, see paragraph 4\"",
                "  positions-tracker review topics 101 territory=opposes ceasefire-conditions --why \"about both\"",
                "  positions-tracker review stance 101 --topic territory --stance demands --why \"a demand, not a refusal\"",
                "  positions-tracker review reject 102 --why \"a headline, not a statement\"",
                "  positions-tracker review add 000_dcad965514c1b99f.txt --text \"the exact words\" --actor Ukraine territory=opposes --why \"missed\"",
                "  positions-tracker review merge \"Kremlin spokesman\" \"Dmitry Peskov\" --why \"same person\"",
                "  positions-tracker review alias Ukraine \"Zelensky's office\" --why \"speaks for the government\"",
                "  positions-tracker review withdraw 51 --why \"the extractor was right\"",
                "  positions-tracker review list"})
class ReviewCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing review command: choose one of " + spec.subcommands().keySet());
    }

    /** What every correcting subcommand takes: the database, why, and who. */
    abstract static class Correcting implements Callable<Integer> {
        @Mixin
        DatabaseOption database;

        @Option(names = "--why", required = true, paramLabel = "TEXT", description = "Why the correction is right (stored with it).")
        String why;

        @Option(names = "--by", paramLabel = "NAME", description = "Who makes it. Default: the login name (${sys:user.name}).")
        String by;

        @Spec
        CommandSpec spec;

        IdBlocks ids;

        Note note;

        @Override
        public Integer call() throws SQLException {
            if (why.isBlank()) throw new IllegalArgumentException("--why: say why the correction is right");
            if (why.length() > 2000) throw new IllegalArgumentException("--why: at most 2000 characters");
            String who = by == null || by.isBlank() ? System.getProperty("user.name", "unknown") : by.strip();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            PrintWriter out = spec.commandLine().getOut();
            note = new Note(why.strip(), who, now);
            try (Database db = database.open()) {
                ids = db.idBlocks();
                Corrections corrections = new Corrections(ids, SentenceNumbers::at);
                String line = db.transactions().writeJdbc(c -> correct(c, corrections));
                out.println(line);
            }
            return 0;
        }

        abstract String correct(Connection c, Corrections corrections) throws SQLException;
    }

    /** A correction of one statement. */
    abstract static class StatementCorrecting extends Correcting {
        @Parameters(index = "0", paramLabel = "STATEMENT", description = "The statement's id (#id in the statements listing).")
        long statementId;

        @Override
        String correct(Connection c, Corrections corrections) throws SQLException {
            StatementKey key = corrections.statement(c, statementId, this instanceof Reject);
            Correction.OfStatement correction = correction(c, corrections);
            Effect effect = corrections.correct(c, key, statementId, correction, note);
            return "correction #" + effect.correctionId() + " stored: statement #" + statementId + " in " + key.fileName()
                    + " (\"" + CorrectionLog.shorten(key.text(), 60) + "\"): " + correction.describe() + "; positions recomputed";
        }

        abstract Correction.OfStatement correction(Connection c, Corrections corrections) throws SQLException;
    }

    @Command(name = "speaker", mixinStandardHelpOptions = true, header = "Says who really made a statement.", description = "Says who really made a statement.")
    static final class Speaker extends StatementCorrecting {
        @Option(names = "--actor", required = true, paramLabel = "NAME", description = "The actor who made it (name or alias).")
        String actor;

        @Option(names = "--kind", paramLabel = "KIND",
                description = "Create the actor if it does not exist yet, with this kind: person, government, organisation, group, media or other.")
        String kind;

        @Override
        Correction.OfStatement correction(Connection c, Corrections corrections) throws SQLException {
            return new Correction.Speaker(corrections.actor(c, actor, kind));
        }
    }

    @Command(name = "topics", mixinStandardHelpOptions = true, header = "Sets the topics a statement is on.",
            description = {"Sets the topics a statement is on, each optionally with its stance (TOPIC=STANCE).",
                    "A listed topic without a stance keeps the one the statement has, or neutral when new. Topics not listed are removed."})
    static final class Topics extends StatementCorrecting {
        @Parameters(index = "1..*", arity = "0..*", paramLabel = "TOPIC[=STANCE]", description = "Topic slug or label, e.g. territory=opposes.")
        List<String> topics = List.of();

        @Option(names = "--none", description = "The statement is on no topic.")
        boolean none;

        @Override
        Correction.OfStatement correction(Connection c, Corrections corrections) throws SQLException {
            if (topics.isEmpty() && !none) throw new IllegalArgumentException("give the topics (TOPIC[=STANCE] ...) or --none");
            if (!topics.isEmpty() && none) throw new IllegalArgumentException("--none and topics exclude each other");
            return new Correction.Topics(corrections.topicList(c, topics));
        }
    }

    @Command(name = "stance", mixinStandardHelpOptions = true, header = "Sets a statement's stance on one topic.", description = "Sets the stance a statement takes on one topic (putting it on the topic if needed).")
    static final class StanceCorrection extends StatementCorrecting {
        @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "Topic slug or label.")
        String topic;

        @Option(names = "--stance", required = true, paramLabel = "STANCE", description = "supports, opposes, conditional, demands or neutral.")
        String stance;

        @Override
        Correction.OfStatement correction(Connection c, Corrections corrections) throws SQLException {
            return new Correction.StanceOn(corrections.topicSlug(c, topic), TopicList.statementStance(stance));
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, header = "Says a statement is not one.", description = "Says a statement is not one (a headline, a misattributed quote...): it disappears everywhere.")
    static final class Reject extends StatementCorrecting {
        @Override
        Correction.OfStatement correction(Connection c, Corrections corrections) {
            return new Correction.Reject();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, header = "Adds a statement the extractor missed.",
            description = {"Adds a statement the extractor missed: its exact words in an imported article, who said it, and its topics.",
                    "Topics not listed: the statement is on none. It is kept through re-imports like every correction."})
    static final class Add extends Correcting {
        @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article: its file name (as statements lists it) or the path it was imported from.")
        String article;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "TOPIC[=STANCE]", description = "Topic slug or label with the stance, e.g. territory=opposes.")
        List<String> topics = List.of();

        @Option(names = "--text", required = true, paramLabel = "WORDS", description = "What was said, exactly as in the article (the words inside the quotation marks for a quote).")
        String text;

        @Option(names = "--occurrence", defaultValue = "1", paramLabel = "N", description = "Which occurrence of the words, when they occur more than once. Default: ${DEFAULT-VALUE}")
        int occurrence;

        @Option(names = "--actor", required = true, paramLabel = "NAME", description = "Who said it (name or alias).")
        String actor;

        @Option(names = "--kind", paramLabel = "KIND", description = "Create the actor if it does not exist yet, with this kind.")
        String kind;

        @Option(names = "--mode", paramLabel = "MODE",
                description = "direct, partial or indirect. Default: direct when the words stand between quotation marks, else indirect.")
        String mode;

        @Override
        String correct(Connection c, Corrections corrections) throws SQLException {
            StatementEffect added = corrections.add(c, new NewStatement(article, text, occurrence, actor, kind, mode, topics), note);
            StatementKey key = added.key();
            return "correction #" + added.effect().correctionId() + " stored: " + key.fileName() + " " + key.start() + "-" + key.end()
                    + " (\"" + CorrectionLog.shorten(text, 60) + "\"): " + added.correction().describe() + "; positions recomputed";
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, header = "Says two actors are one.",
            description = "Says two actors are one: the first is folded into the second (statements, members, aliases) and its name becomes an alias.")
    static final class Merge extends Correcting {
        @Parameters(index = "0", paramLabel = "FROM", description = "The actor merged away (name or alias).")
        String from;

        @Parameters(index = "1", paramLabel = "INTO", description = "The actor kept (name or alias).")
        String into;

        @Override
        String correct(Connection c, Corrections corrections) throws SQLException {
            ActorsEffect<Correction.Merge> merged = corrections.merge(c, from, into, note);
            Correction.Merge merge = merged.correction();
            return "correction #" + merged.effect().correctionId() + " stored: " + merge.from() + " merged into " + merge.into() + " ("
                    + merged.effect().statements() + " statements moved; positions recomputed)";
        }
    }

    @Command(name = "alias", mixinStandardHelpOptions = true, header = "Adds another name for an actor.",
            description = "Adds another name for an actor; an actor of that name, if any, is merged into it. Later imports resolve the name to the actor.")
    static final class Alias extends Correcting {
        @Parameters(index = "0", paramLabel = "ACTOR", description = "The actor (name or alias).")
        String actor;

        @Parameters(index = "1", paramLabel = "ALIAS", description = "The other name.")
        String alias;

        @Override
        String correct(Connection c, Corrections corrections) throws SQLException {
            ActorsEffect<Correction.Alias> aliased = corrections.alias(c, actor, alias, note);
            Correction.Alias made = aliased.correction();
            Effect effect = aliased.effect();
            return "correction #" + effect.correctionId() + " stored: \"" + made.alias() + "\" now names " + made.actor()
                    + (effect.statements() > 0 ? " (" + effect.statements() + " statements moved from the actor of that name)" : "");
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true, header = "Withdraws a correction.",
            description = {"Withdraws a correction: the record becomes what the extractor and the other corrections make of it.",
                    "The correction's articles (for a merge or alias: the articles with statements by the actor it kept) are extracted",
                    "again from their stored text, with the current extractor and codebook, and the remaining corrections re-applied,",
                    "all in one transaction. The correction stays listed, as withdrawn, with who withdrew it and why."})
    static final class Withdraw extends Correcting {
        @Parameters(index = "0", paramLabel = "CORRECTION", description = "The correction's id (#id in review list).")
        long correctionId;

        @Option(names = "--codebook", paramLabel = "FILE",
                description = "Codebook for the re-extraction. Default: db/codebook.yaml in the working folder if present, else the bundled one.")
        Path codebook;

        @Override
        String correct(Connection c, Corrections corrections) throws SQLException {
            Codebook book = CodebookLoader.resolve(codebook);
            Corrections.Withdrawal withdrawal = corrections.withdraw(c, correctionId, note);
            StoredArticles stored = new StoredArticles(ids);
            StatementExtractor extractor = new NewsStatementExtractor(book);
            for (long articleId : withdrawal.articlesToReextract()) stored.reextract(c, articleId, book, extractor, note.at());
            int n = withdrawal.articlesToReextract().size();
            return "correction #" + correctionId + " withdrawn (" + withdrawal.kind().code() + ", " + withdrawal.target() + "); "
                    + n + " article" + (n == 1 ? "" : "s") + " extracted again, the other corrections re-applied; positions recomputed";
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, header = "Lists the corrections, oldest first.",
            description = {"Lists the corrections, oldest first, with whether each still applies.",
                    "Columns: id, kind, target, change, status, reason, by, at."})
    static final class ListCorrections implements Callable<Integer> {
        @Mixin
        DatabaseOption database;

        @Mixin
        FormatOption output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws SQLException {
            try (Database db = database.openForReading()) {
                List<CorrectionView> rows = db.transactions().readJdbc(CorrectionLog::list);
                new Printer<CorrectionView>()
                        .column("id", CorrectionView::id)
                        .column("kind", CorrectionView::kind)
                        .column("target", CorrectionView::target)
                        .column("change", CorrectionView::change)
                        .column("status", CorrectionView::status)
                        .column("reason", CorrectionView::reason)
                        .column("by", CorrectionView::by)
                        .column("at", CorrectionView::at)
                        .print(rows, output, spec.commandLine().getOut());
            }
            return 0;
        }
    }
}
