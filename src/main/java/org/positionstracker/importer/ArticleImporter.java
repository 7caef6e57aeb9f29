package org.positionstracker.importer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
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
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.TopicStance;

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

    /** Reads the fields of JSON Lines and CSV exports under these names. */
    public ArticleImporter readingExports(ExportFields fields) {
        this.reader = new ArticleReader(fields);
        return this;
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
        listener.started(expansion.files().size() + expansion.unreadable().size());
        ImportSummary summary = new ImportSummary(codebook.source());
        summary.skipped(expansion.skipped());
        for (ImportOutcome unreadable : expansion.unreadable()) {
            summary.add(unreadable);
            listener.finished(unreadable);
        }
        ArticleInputs articles = new ArticleInputs(expansion.files(), reader, listener::expanded);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        try (CommitGroup group = new CommitGroup(actors, outcome -> {
            summary.add(outcome);
            listener.finished(outcome);
        })) {
            Deque<Future<Prepared>> window = new ArrayDeque<>();
            int windowSize = threads * 8;
            while (articles.hasNext() || !window.isEmpty()) {
                while (articles.hasNext() && window.size() < windowSize) {
                    ArticleInputs.Input input = articles.next();
                    window.add(pool.submit(() -> prepare(input)));
                }
                if (group.isFull() || !window.peekFirst().isDone()) group.commit();
                Prepared prepared = take(window.removeFirst());
                if (prepared.early() != null) group.add(prepared.early());
                else group.add(write(group, writer, actors, prepared));
            }
            group.commit();
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
        private final Consumer<ImportOutcome> report;
        private final List<ImportOutcome> waiting = new ArrayList<>();
        private Connection connection;
        private int written;

        CommitGroup(ActorRegistry actors, Consumer<ImportOutcome> report) {
            this.actors = actors;
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

        void add(ImportOutcome outcome) {
            waiting.add(outcome);
            if (outcome.kind() == ImportOutcome.Kind.IMPORTED || outcome.kind() == ImportOutcome.Kind.REPLACED) written++;
        }

        void commit() throws SQLException {
            if (connection != null && written > 0) {
                try {
                    connection.commit();
                    actors.commit();
                } catch (SQLException e) {
                    actors.rollback();
                    failWaiting("the database refused the commit: " + rootMessage(e));
                    close();
                    return;
                }
            }
            written = 0;
            waiting.forEach(report);
            waiting.clear();
        }

        private void failWaiting(String reason) {
            waiting.replaceAll(o -> o.kind() == ImportOutcome.Kind.IMPORTED || o.kind() == ImportOutcome.Kind.REPLACED
                    ? new ImportOutcome(o.file(), ImportOutcome.Kind.REJECTED, 0, 0, reason, o.name()) : o);
            written = 0;
            waiting.forEach(report);
            waiting.clear();
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

    /** Merges and aliases analysts made hold before anything is written (the codebook may re-list a merged name). */
    private void applyActorCorrections(IdBlocks ids) {
        try {
            database.transactions().writeJdbc(c -> new org.positionstracker.review.Corrections(ids).applyActorCorrections(c, now()));
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

    private static Prepared take(Future<Prepared> future) {
        try {
            return future.get();
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
        String existing;
        try {
            existing = database.transactions().writeJdbc(c -> existingFileWithHash(c, source.contentHash()));
        } catch (SQLException e) {
            return new Prepared(file, name, null, null, new ImportOutcome(file, ImportOutcome.Kind.REJECTED, 0, 0, "the database could not be read: " + e.getMessage(), name));
        }
        if (existing != null && !reextract)
            return new Prepared(file, name, null, null, new ImportOutcome(file, ImportOutcome.Kind.UNCHANGED, 0, 0,
                    existing.equals(source.fileName()) ? null : "same text as " + existing, name));
        Extraction extraction;
        try {
            extraction = extractor.extract(source.extractableText());
            verifySpans(source.text(), extraction);
        } catch (RuntimeException | StackOverflowError e) {
            return new Prepared(file, name, null, null, new ImportOutcome(file, ImportOutcome.Kind.REJECTED, 0, 0, "extraction failed: " + e, name));
        }
        return new Prepared(file, name, source, extraction, null);
    }

    private static String existingFileWithHash(Connection c, String hash) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT file_name FROM article WHERE content_hash = ?")) {
            q.setString(1, hash);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
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
                boolean stored = existingFileWithHash(c, p.source().contentHash()) != null;
                if (writtenThisRun.contains(p.source().contentHash()) || (stored && !reextract)) {
                    c.releaseSavepoint(savepoint);
                    return new ImportOutcome(p.file(), ImportOutcome.Kind.UNCHANGED, 0, 0, "same text as a file imported earlier in this run", p.name());
                }
                ArticleWriter.Written written = writer.write(c, p.source(), p.extraction(), now());
                c.releaseSavepoint(savepoint);
                writtenThisRun.add(p.source().contentHash());
                return new ImportOutcome(p.file(), written.replaced() ? ImportOutcome.Kind.REPLACED : ImportOutcome.Kind.IMPORTED,
                        written.statements(), actors.takeDiscoveredCount(), stored ? "re-extracted" : null, p.name());
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
