package org.positionstracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Database;
import org.positionstracker.db.IdBlocks;
import org.positionstracker.extract.NewsStatementExtractor;
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.importer.StoredArticles;
import org.positionstracker.review.CorrectionLog;
import org.positionstracker.review.CorrectionLog.CorrectionView;
import org.positionstracker.review.Corrections;
import org.positionstracker.review.Corrections.Change;
import org.positionstracker.review.Corrections.Effect;
import org.positionstracker.review.Corrections.StatementKey;
import org.positionstracker.review.Kind;
import org.positionstracker.review.TopicList;
import org.positionstracker.statement.Mode;
import org.positionstracker.topic.Stance;
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

        @Override
        public Integer call() throws SQLException {
            if (why.isBlank()) throw new IllegalArgumentException("--why: say why the correction is right");
            if (why.length() > 2000) throw new IllegalArgumentException("--why: at most 2000 characters");
            String who = by == null || by.isBlank() ? System.getProperty("user.name", "unknown") : by.strip();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = database.open()) {
                ids = db.idBlocks();
                Corrections corrections = new Corrections(ids);
                String line = db.transactions().writeJdbc(c -> correct(c, corrections, who, now));
                out.println(line);
            }
            return 0;
        }

        abstract String correct(Connection c, Corrections corrections, String who, OffsetDateTime now) throws SQLException;
    }

    /** A correction of one statement. */
    abstract static class StatementCorrecting extends Correcting {
        @Parameters(index = "0", paramLabel = "STATEMENT", description = "The statement's id (#id in the statements listing).")
        long statementId;

        @Override
        String correct(Connection c, Corrections corrections, String who, OffsetDateTime now) throws SQLException {
            Optional<StatementKey> found = Corrections.keyOf(c, statementId);
            if (found.isEmpty()) {
                Optional<Long> rejection = Corrections.rejectionOf(c, statementId);
                if (rejection.isPresent())
                    throw new IllegalArgumentException("statement #" + statementId + " was " + (this instanceof Reject ? "already " : "") + "rejected by correction #"
                            + rejection.get() + " (review withdraw " + rejection.get() + " undoes that)");
                throw new IllegalArgumentException("statement #" + statementId + " does not exist (see the statements command for ids)");
            }
            StatementKey key = found.get();
            Change change = change(c);
            Effect effect = corrections.correctStatement(c, key, statementId, change, why.strip(), who, now);
            return "correction #" + effect.correctionId() + " stored: statement #" + statementId + " in " + key.fileName()
                    + " (\"" + CorrectionLog.shorten(key.text(), 60) + "\"): " + describe(change) + "; positions recomputed";
        }

        abstract Change change(Connection c) throws SQLException;
    }

    @Command(name = "speaker", mixinStandardHelpOptions = true, header = "Says who really made a statement.", description = "Says who really made a statement.")
    static final class Speaker extends StatementCorrecting {
        @Option(names = "--actor", required = true, paramLabel = "NAME", description = "The actor who made it (name or alias).")
        String actor;

        @Option(names = "--kind", paramLabel = "KIND",
                description = "Create the actor if it does not exist yet, with this kind: person, government, organisation, group, media or other.")
        String kind;

        @Override
        Change change(Connection c) throws SQLException {
            if (Corrections.actorId(c, actor).isEmpty()) {
                if (kind == null)
                    throw new IllegalArgumentException("--actor " + actor + ": no such actor (see the actors command); add --kind KIND to create it");
                createActor(c, actor, ActorKind.fromCode(kind), ids);
            }
            return new Change(Kind.SPEAKER, actor.strip(), null, null, null, null);
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
        Change change(Connection c) throws SQLException {
            if (topics.isEmpty() && !none) throw new IllegalArgumentException("give the topics (TOPIC[=STANCE] ...) or --none");
            if (!topics.isEmpty() && none) throw new IllegalArgumentException("--none and topics exclude each other");
            Map<String, Stance> parsed = TopicList.parse(String.join(",", topics));
            Map<String, Stance> slugs = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Stance> e : parsed.entrySet()) slugs.put(slugOf(c, e.getKey()), e.getValue());
            return new Change(Kind.TOPICS, null, null, null, TopicList.format(slugs), null);
        }
    }

    @Command(name = "stance", mixinStandardHelpOptions = true, header = "Sets a statement's stance on one topic.", description = "Sets the stance a statement takes on one topic (putting it on the topic if needed).")
    static final class StanceCorrection extends StatementCorrecting {
        @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "Topic slug or label.")
        String topic;

        @Option(names = "--stance", required = true, paramLabel = "STANCE", description = "supports, opposes, conditional, demands or neutral.")
        String stance;

        @Override
        Change change(Connection c) throws SQLException {
            return new Change(Kind.STANCE, null, null, slugOf(c, topic), null, TopicList.statementStance(stance));
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, header = "Says a statement is not one.", description = "Says a statement is not one (a headline, a misattributed quote...): it disappears everywhere.")
    static final class Reject extends StatementCorrecting {
        @Override
        Change change(Connection c) {
            return new Change(Kind.REJECT, null, null, null, null, null);
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
        String correct(Connection c, Corrections corrections, String who, OffsetDateTime now) throws SQLException {
            if (text.isBlank()) throw new IllegalArgumentException("--text: give the words as they stand in the article");
            if (occurrence < 1) throw new IllegalArgumentException("--occurrence: 1 or more");
            long articleId = articleId(c);
            String body;
            String hash;
            String fileName;
            try (var q = c.prepareStatement("SELECT body, content_hash, file_name FROM article WHERE id = ?")) {
                q.setLong(1, articleId);
                try (var rs = q.executeQuery()) {
                    rs.next();
                    body = rs.getString(1);
                    hash = rs.getString(2);
                    fileName = rs.getString(3);
                }
            }
            int start = -1;
            for (int n = 0; n < occurrence; n++) {
                start = body.indexOf(text, start + 1);
                if (start < 0) throw new IllegalArgumentException("--text: " + (n == 0 ? "not found" : "found only " + n + " time" + (n == 1 ? "" : "s"))
                        + " in " + fileName + " (the words must match the article exactly, punctuation and quotation marks included)");
            }
            int end = start + text.length();
            Mode statementMode = mode == null ? (quoted(body, start, end) ? Mode.DIRECT : Mode.INDIRECT) : Mode.fromCode(mode.strip().toLowerCase(java.util.Locale.ROOT));
            if (Corrections.actorId(c, actor).isEmpty()) {
                if (kind == null) throw new IllegalArgumentException("--actor " + actor + ": no such actor (see the actors command); add --kind KIND to create it");
                createActor(c, actor, ActorKind.fromCode(kind), ids);
            }
            Map<String, Stance> parsed = TopicList.parse(String.join(",", topics));
            Map<String, Stance> slugs = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Stance> e : parsed.entrySet()) slugs.put(slugOf(c, e.getKey()), e.getValue());
            Change change = new Change(Kind.ADD, actor.strip(), null, null, TopicList.format(slugs), null, statementMode);
            Effect effect = corrections.correctStatement(c, new StatementKey(hash, fileName, start, end, text), change, why.strip(), who, now);
            return "correction #" + effect.correctionId() + " stored: " + fileName + " " + start + "-" + end + " (\"" + CorrectionLog.shorten(text, 60) + "\"): "
                    + describe(change) + "; positions recomputed";
        }

        private long articleId(Connection c) throws SQLException {
            List<Long> found = new java.util.ArrayList<>();
            List<String> paths = new java.util.ArrayList<>();
            try (var q = c.prepareStatement("SELECT id, source_path FROM article WHERE file_name = ? UNION SELECT id, source_path FROM article WHERE source_path = ?")) {
                q.setString(1, article);
                q.setString(2, java.nio.file.Path.of(article).toAbsolutePath().normalize().toString());
                try (var rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                        paths.add(rs.getString(2));
                    }
                }
            }
            if (found.isEmpty()) throw new IllegalArgumentException("article " + article + ": not imported (give the file name the statements command shows, or its path)");
            if (found.size() > 1) throw new IllegalArgumentException("article " + article + ": several articles have that file name; give the path: " + String.join(", ", paths));
            return found.get(0);
        }

        private static boolean quoted(String body, int start, int end) {
            return start > 0 && end < body.length() && "\"“‘'«„".indexOf(body.charAt(start - 1)) >= 0 && "\"”’'»“".indexOf(body.charAt(end)) >= 0;
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
        String correct(Connection c, Corrections corrections, String who, OffsetDateTime now) throws SQLException {
            Long fromId = Corrections.actorId(c, from).orElseThrow(() -> new IllegalArgumentException(from + ": no such actor (see the actors command)"));
            Long intoId = Corrections.actorId(c, into).orElseThrow(() -> new IllegalArgumentException(into + ": no such actor (see the actors command)"));
            if (fromId.equals(intoId)) throw new IllegalArgumentException(from + " and " + into + " are already the same actor");
            String fromName = canonicalName(c, fromId);
            String intoName = canonicalName(c, intoId);
            Effect effect = corrections.correctActors(c, new Change(Kind.MERGE, fromName, intoName, null, null, null), why.strip(), who, now);
            return "correction #" + effect.correctionId() + " stored: " + fromName + " merged into " + intoName + " ("
                    + effect.statements() + " statements moved; positions recomputed)";
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
        String correct(Connection c, Corrections corrections, String who, OffsetDateTime now) throws SQLException {
            Long actorId = Corrections.actorId(c, actor).orElseThrow(() -> new IllegalArgumentException(actor + ": no such actor (see the actors command)"));
            if (alias.isBlank() || alias.length() > 300) throw new IllegalArgumentException("ALIAS: a name of 1 to 300 characters");
            String name = canonicalName(c, actorId);
            Effect effect = corrections.correctActors(c, new Change(Kind.ALIAS, name, alias.strip(), null, null, null), why.strip(), who, now);
            return "correction #" + effect.correctionId() + " stored: \"" + alias.strip() + "\" now names " + name
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
        String correct(Connection c, Corrections corrections, String who, OffsetDateTime now) throws SQLException {
            Codebook book = CodebookLoader.resolve(codebook);
            Corrections.Withdrawal withdrawal = corrections.withdraw(c, correctionId, why.strip(), who, now);
            StoredArticles stored = new StoredArticles(ids);
            StatementExtractor extractor = new NewsStatementExtractor(book);
            for (long articleId : withdrawal.articlesToReextract()) stored.reextract(c, articleId, book, extractor, now);
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
            try (Database db = database.open()) {
                List<CorrectionView> rows = db.transactions().writeJdbc(CorrectionLog::list);
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

    /** A new actor an analyst names, of origin review. */
    static void createActor(Connection c, String name, ActorKind kind, IdBlocks ids) throws SQLException {
        if (name.isBlank() || name.length() > 300) throw new IllegalArgumentException("--actor: a name of 1 to 300 characters");
        try (var ps = c.prepareStatement("INSERT INTO actor (id, canonical_name, name_key, kind, origin, created_at) "
                + "VALUES (?, ?, ?, ?, 'review', ?)")) {
            ps.setLong(1, ids.next(c, "actor_seq"));
            ps.setString(2, name.strip());
            ps.setString(3, Codebook.key(name));
            ps.setString(4, kind.code());
            ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private static String slugOf(Connection c, String topic) throws SQLException {
        long id = Corrections.topicId(c, topic).orElseThrow(() -> new IllegalArgumentException("topic '" + topic + "' does not exist (see the topics command)"));
        try (var q = c.prepareStatement("SELECT slug FROM topic WHERE id = ?")) {
            q.setLong(1, id);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String canonicalName(Connection c, long actorId) throws SQLException {
        try (var q = c.prepareStatement("SELECT canonical_name FROM actor WHERE id = ?")) {
            q.setLong(1, actorId);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static String describe(Change change) {
        return CorrectionLog.describe(change);
    }

}
