package org.positionstracker.importer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.positionstracker.article.ArticleReader;
import org.positionstracker.article.ArticleRejectedException;
import org.positionstracker.article.ExportFields;
import org.positionstracker.article.SourceArticle;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.db.Database;
import org.positionstracker.db.IdBlocks;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.Extraction;
import org.positionstracker.extract.ExtractionBudget;
import org.positionstracker.extract.SentenceNumbers;
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.TopicStance;
import org.positionstracker.position.PositionLedger;
import org.positionstracker.review.Corrections;
import org.positionstracker.statement.ArticleCompleteness;

/**
 * Imports article files: one transaction per article, all or nothing. Reading and extraction run
 * ahead on all cores while a single writer commits articles in file order; at most a fixed
 * number of extracted articles wait in memory, however large the corpus. An article whose bytes
 * are already stored is left alone; a file imported before from the same path with other bytes is
 * replaced. When {@link #importFiles} reports an article as imported it has been committed.
 */
public final class ArticleImporter {
    private static final int SQL_UNIQUE_VIOLATION_H2 = 23505;

    private final Database database;
    private final Codebook codebook;
    private final StatementExtractor extractor;
    private ArticleReader reader = new ArticleReader();
    private final int threads;
    private boolean reextract;
    private volatile String stopRequested;
    private Duration timeBudget = DEFAULT_TIME_BUDGET;

    /**
     * Extraction is linear in the text (a 16 MiB file, the largest read, takes seconds), so a minute
     * is only ever reached by a fault; the budget keeps one such file from stalling the whole import.
     */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);

    public ArticleImporter(Database database, Codebook codebook, StatementExtractor extractor) {
        this(database, codebook, extractor, Runtime.getRuntime().availableProcessors());
    }

    public ArticleImporter(Database database, Codebook codebook, StatementExtractor extractor, int extractionThreads) {
        this.database = database;
        this.codebook = codebook;
        this.extractor = extractor;
        this.threads = Math.max(1, extractionThreads);
    }

    /**
     * Extract again articles whose text is already stored (after an extractor or codebook change),
     * replacing their statements; analysts' corrections are re-applied to the new statements.
     */
    public ArticleImporter reextracting(boolean reextract) {
        this.reextract = reextract;
        return this;
    }

    /**
     * Rejects, by name, an article whose extraction runs longer than {@code budget}; the others go on.
     * The extractor stops itself at its next checkpoint ({@link ExtractionBudget}); an extraction that
     * does not reach one is abandoned after twice the budget plus {@link #ABANDON_GRACE}.
     */
    public ArticleImporter withTimeBudget(Duration budget) {
        if (budget == null || budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("the time budget must be positive");
        this.timeBudget = budget;
        return this;
    }

    static final Duration ABANDON_GRACE = Duration.ofSeconds(5);

    /** Reads the fields of JSON Lines and CSV exports under these names. */
    public ArticleImporter readingExports(ExportFields fields) {
        this.reader = new ArticleReader(fields);
        return this;
    }

    /**
     * Asks a running {@link #importFiles} to stop (from another thread, e.g. on Ctrl-C): the
     * articles written so far are committed and reported, the files after them are not read.
     */
    public void requestStop(String reason) {
        stopRequested = reason;
    }

    /** What extraction produced for one file or export row, before anything is written. */
    private record Prepared(Path file, String name, SourceArticle source, Extraction extraction, ImportOutcome early) {
    }

    public ImportSummary importFiles(List<Path> inputs, ImportListener listener) {
        IdBlocks ids = database.idBlocks();
        writtenThisRun.clear();
        applyActorCorrections(ids);
        ActorRegistry actors = new ActorRegistry(ids);
        Map<String, Long> topicIds = syncCodebook(actors, ids);
        ArticleWriter writer = new ArticleWriter(ids, actors, topicIds, extractor.version());
        ArticleFiles.Expansion expansion = ArticleFiles.expand(inputs);
        FreeSpace.check(database.location(), expansion.files());
        long run = beginRun(ids);
        int[] expected = {expansion.files().size() + expansion.unreadable().size()};
        listener.started(expected[0]);
        ImportSummary summary = new ImportSummary(codebook.source());
        summary.skipped(expansion.skipped());
        for (ImportOutcome unreadable : expansion.unreadable()) {
            summary.add(unreadable);
            listener.finished(unreadable);
        }
        ArticleInputs articles = new ArticleInputs(expansion.files(), reader, more -> {
            expected[0] += more;
            listener.expanded(more);
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        CommitGroup group = new CommitGroup(actors, writer, outcome -> {
            summary.add(outcome);
            listener.finished(outcome);
        });
        try (group) {
            Deque<Pending> window = new ArrayDeque<>();
            int windowSize = threads * 8;
            while (articles.hasNext() || !window.isEmpty()) {
                String stop = stopRequested != null ? stopRequested : group.unusableBecause();
                if (stop != null) {
                    group.commit();
                    summary.stop(stop, expected[0] - summary.reported());
                    break;
                }
                while (articles.hasNext() && window.size() < windowSize) {
                    ArticleInputs.Input input = articles.next();
                    window.add(new Pending(input, pool.submit(() -> prepare(input))));
                }
                if (group.isFull() || !window.peekFirst().future().isDone()) {
                    group.commit();
                    if (group.unusableBecause() != null) continue;
                }
                Prepared prepared = take(window.removeFirst());
                if (prepared.early() != null) group.add(prepared.early(), null);
                else group.add(write(group, writer, actors, prepared), prepared.source().contentHash());
            }
            group.commit();
            if (group.leftNothingToRepair() && group.unusableBecause() == null) ImportRuns.end(database, run);
        } catch (SQLException e) {
            throw new IllegalStateException("the database failed during the import: " + rootMessage(e), e);
        } finally {
            pool.shutdownNow();
        }
        return summary;
    }

    /**
     * Articles written since the last commit and the outcomes waiting to be reported. Several
     * articles share one transaction (one commit, hence one write to disk, per group), each inside
     * its own savepoint so a failing article is undone alone; outcomes are reported, in file order,
     * only once the group's commit has returned, so "imported" still means committed.
     */
    private final class CommitGroup implements AutoCloseable {
        static final int MAX_ARTICLES = 16;

        private final ActorRegistry actors;
        private final ArticleWriter writer;
        private final Consumer<ImportOutcome> report;
        private final List<ImportOutcome> waiting = new ArrayList<>();
        /** The content hash of each waiting outcome that wrote an article, else null. */
        private final List<String> hashes = new ArrayList<>();
        private Connection connection;
        private int written;
        private boolean repairPending;
        private String unusable;

        CommitGroup(ActorRegistry actors, ArticleWriter writer, Consumer<ImportOutcome> report) {
            this.actors = actors;
            this.writer = writer;
            this.report = report;
        }

        Connection connection() throws SQLException {
            if (connection == null) {
                connection = database.dataSource().getConnection();
                connection.setAutoCommit(false);
            }
            return connection;
        }

        boolean isFull() {
            return written >= MAX_ARTICLES;
        }

        void add(ImportOutcome outcome, String contentHash) {
            boolean wrote = outcome.kind() == ImportOutcome.Kind.IMPORTED || outcome.kind() == ImportOutcome.Kind.REPLACED;
            waiting.add(outcome);
            hashes.add(wrote ? contentHash : null);
            if (wrote) written++;
        }

        void commit() throws SQLException {
            if (connection != null && written > 0) {
                try {
                    connection.commit();
                    actors.commit();
                } catch (SQLException e) {
                    discardConnection(e);
                    actors.rollback();
                    settleFailedCommit(rootMessage(e));
                }
            }
            written = 0;
            waiting.forEach(report);
            waiting.clear();
            hashes.clear();
        }

        /** Why the database cannot take more articles (a failed commit after which it could not even be read), or null. */
        String unusableBecause() {
            return unusable;
        }

        /** False when a failed commit may have left positions out of step and they could not be rebuilt yet. */
        boolean leftNothingToRepair() {
            return !repairPending;
        }

        /**
         * A failed commit may still have stored all or part of the group (H2 does not promise
         * otherwise): each article is read back in a new connection and is then either reported
         * as imported (stored whole), or rejected with nothing of it left (absent, or its partial
         * copy removed), or rejected as partly stored, which the next import repairs.
         */
        private void settleFailedCommit(String reason) {
            boolean damage = false;
            for (int i = 0; i < waiting.size(); i++) {
                String hash = hashes.get(i);
                if (hash == null) continue;
                ImportOutcome settled = settle(waiting.get(i), hash, reason);
                if (settled.kind() == ImportOutcome.Kind.REJECTED) {
                    writtenThisRun.remove(hash);
                    damage = true;
                }
                waiting.set(i, settled);
            }
            if (damage) repairPending = !repairPositions();
        }

        private ImportOutcome settle(ImportOutcome outcome, String hash, String reason) {
            String refused = "the database refused the commit (" + reason + ")";
            boolean partial = false;
            try (Connection c = database.dataSource().getConnection()) {
                c.setAutoCommit(false);
                try {
                    Long id = articleWithHash(c, hash);
                    if (id != null && ArticleCompleteness.isWhole(c, id)) return outcome;
                    if (id == null) return rejected(outcome, refused + "; nothing of it was stored");
                    partial = true;
                    writer.removeStored(c, hash);
                    c.commit();
                    return rejected(outcome, refused + "; the part of it that was stored has been removed");
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException | RuntimeException e) {
                if (!partial) unusable = "the database failed (" + reason + ")";
                return rejected(outcome, refused + (partial ? "; it is partly stored" : "; whether any of it was stored could not be checked")
                        + " (" + rootMessage(e) + "): importing it again completes it");
            }
        }

        private boolean repairPositions() {
            try {
                database.transactions().writeJdbc(writer::repairPositions);
                return true;
            } catch (SQLException | RuntimeException e) {
                return false;
            }
        }

        private static ImportOutcome rejected(ImportOutcome outcome, String reason) {
            return new ImportOutcome(outcome.file(), ImportOutcome.Kind.REJECTED, 0, 0, reason, outcome.name());
        }

        /** Closes a connection whose commit failed; its own failures are kept with the commit's. */
        private void discardConnection(SQLException failure) {
            try {
                close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            } finally {
                connection = null;
            }
        }

        @Override
        public void close() throws SQLException {
            if (connection == null) return;
            try {
                if (!connection.getAutoCommit()) connection.rollback();
            } finally {
                connection.close();
                connection = null;
            }
        }
    }

    /** Notes this run (see {@link ImportRuns}), first repairing what an earlier unclean one may have left. */
    private long beginRun(IdBlocks ids) {
        try {
            return ImportRuns.begin(database, new PositionLedger(ids));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start the import: " + rootMessage(e), e);
        }
    }

    private static Long articleWithHash(Connection c, String hash) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM article WHERE content_hash = ?")) {
            q.setString(1, hash);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Merges and aliases analysts made hold before anything is written (the codebook may re-list a merged name). */
    private void applyActorCorrections(IdBlocks ids) {
        try {
            database.transactions().writeJdbc(c -> new Corrections(ids, SentenceNumbers::at).applyActorCorrections(c));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply the analysts' actor corrections: " + rootMessage(e), e);
        }
    }

    /** Applies the codebook; retried once when another import created the same row first. */
    private Map<String, Long> syncCodebook(ActorRegistry actors, IdBlocks ids) {
        for (int attempt = 1; ; attempt++) {
            try {
                return database.transactions().writeJdbc(c -> CodebookSync.apply(c, codebook, actors, ids, now()));
            } catch (SQLException e) {
                actors.rollback();
                if (isUniqueViolation(e) && attempt == 1) continue;
                throw new IllegalStateException("cannot apply the codebook " + codebook.source() + ": " + rootMessage(e), e);
            }
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        return e instanceof SQLException sql && ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == SQL_UNIQUE_VIOLATION_H2);
    }

    /** An article handed to an extraction thread. */
    private record Pending(ArticleInputs.Input input, Future<Prepared> future) {
    }

    /**
     * Waits for the oldest pending article. Threads take articles in order, so it has started by the
     * time the ones before it are taken: waiting twice its budget plus a grace is enough for an
     * extractor that reaches its checkpoints; one that does not is abandoned (its thread is
     * interrupted and left to finish) and the article rejected.
     */
    private Prepared take(Pending pending) {
        try {
            return pending.future().get(timeBudget.multipliedBy(2).plus(ABANDON_GRACE).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.future().cancel(true);
            ArticleInputs.Input input = pending.input();
            return new Prepared(input.file(), input.name(), null, null, new ImportOutcome(input.file(), ImportOutcome.Kind.REJECTED, 0, 0,
                    "extraction did not stop within its time budget of " + ExtractionBudget.describe(timeBudget) + " and was abandoned", input.name()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }

    /** Runs on an extraction thread: read, skip if already stored, extract, check spans. */
    private Prepared prepare(ArticleInputs.Input input) {
        Path file = input.file();
        String name = input.name();
        SourceArticle source;
        try {
            source = input.read(reader);
        } catch (ArticleRejectedException e) {
            return new Prepared(file, name, null, null, new ImportOutcome(file, ImportOutcome.Kind.REJECTED, 0, 0, e.reason(), name));
        }
        StoredCopy existing;
        try {
            existing = database.transactions().writeJdbc(c -> storedCopy(c, source.contentHash()));
        } catch (SQLException e) {
            return new Prepared(file, name, null, null, new ImportOutcome(file, ImportOutcome.Kind.REJECTED, 0, 0, "the database could not be read: " + e.getMessage(), name));
        }
        if (existing != null && existing.whole() && !reextract)
            return new Prepared(file, name, null, null, new ImportOutcome(file, ImportOutcome.Kind.UNCHANGED, 0, 0,
                    existing.fileName().equals(source.fileName()) ? null : "same text as " + existing.fileName(), name));
        Extraction extraction;
        try {
            extraction = ExtractionBudget.within(timeBudget, () -> extractor.extract(source.extractableText()));
            verifySpans(source.text(), extraction);
        } catch (ExtractionBudget.Exceeded e) {
            return new Prepared(file, name, null, null, new ImportOutcome(file, ImportOutcome.Kind.REJECTED, 0, 0,
                    e.getMessage() + " (see import --time-budget)", name));
        } catch (RuntimeException | StackOverflowError e) {
            return new Prepared(file, name, null, null, new ImportOutcome(file, ImportOutcome.Kind.REJECTED, 0, 0, "extraction failed: " + e, name));
        }
        return new Prepared(file, name, source, extraction, null);
    }

    /** An article stored with the same bytes; not whole when a failed commit left part of it, which importing it again repairs. */
    private record StoredCopy(String fileName, boolean whole) {
    }

    private static StoredCopy storedCopy(Connection c, String hash) throws SQLException {
        long id;
        String fileName;
        try (PreparedStatement q = c.prepareStatement("SELECT id, file_name FROM article WHERE content_hash = ?")) {
            q.setString(1, hash);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) return null;
                id = rs.getLong(1);
                fileName = rs.getString(2);
            }
        }
        return new StoredCopy(fileName, ArticleCompleteness.isWhole(c, id));
    }

    /** Content hashes written in this run (writer thread only): a second file with the same text is unchanged, also when re-extracting. */
    private final java.util.Set<String> writtenThisRun = new java.util.HashSet<>();

    /** Runs on the writer thread: the article inside a savepoint of the group's transaction; retried once if another writer created the same row first. */
    private ImportOutcome write(CommitGroup group, ArticleWriter writer, ActorRegistry actors, Prepared p) {
        for (int attempt = 1; ; attempt++) {
            int mark = actors.mark();
            Savepoint savepoint = null;
            try {
                Connection c = group.connection();
                savepoint = c.setSavepoint();
                StoredCopy copy = storedCopy(c, p.source().contentHash());
                boolean stored = copy != null;
                boolean repair = stored && !copy.whole();
                if (writtenThisRun.contains(p.source().contentHash()) || (stored && !repair && !reextract)) {
                    c.releaseSavepoint(savepoint);
                    return new ImportOutcome(p.file(), ImportOutcome.Kind.UNCHANGED, 0, 0, "same text as a file imported earlier in this run", p.name());
                }
                ArticleWriter.Written written = writer.write(c, p.source(), p.extraction(), now());
                c.releaseSavepoint(savepoint);
                writtenThisRun.add(p.source().contentHash());
                return new ImportOutcome(p.file(), written.replaced() ? ImportOutcome.Kind.REPLACED : ImportOutcome.Kind.IMPORTED,
                        written.statements(), actors.takeDiscoveredCount(), repair ? "repaired: it was partly stored" : stored ? "re-extracted" : null, p.name());
            } catch (SQLException | RuntimeException e) {
                actors.rollbackTo(mark);
                actors.takeDiscoveredCount();
                try {
                    if (savepoint != null) group.connection().rollback(savepoint);
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                if (isUniqueViolation(e) && attempt == 1) continue;
                return new ImportOutcome(p.file(), ImportOutcome.Kind.REJECTED, 0, 0, "the database refused it: " + rootMessage(e), p.name());
            }
        }
    }

    /** The extractor promises valid spans; an article is refused rather than stored with one that is not. */
    private static void verifySpans(String text, Extraction extraction) {
        for (ExtractedStatement s : extraction.statements()) {
            check(text, s.content(), "content");
            if (!s.content().coveredText(text).equals(s.text()))
                throw new IllegalStateException("statement text does not match its span at " + s.content());
            if (s.speakerMention() != null) check(text, s.speakerMention(), "speaker mention");
            if (s.cue() != null) check(text, s.cue(), "cue");
            for (TopicStance t : s.topics()) {
                check(text, t.keyword(), "topic keyword");
                if (t.cue() != null) check(text, t.cue(), "stance cue");
            }
        }
    }

    private static void check(String text, TextSpan span, String what) {
        if (span.end() > text.length() || span.length() == 0)
            throw new IllegalStateException(what + " span " + span + " is empty or outside the text");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
