package org.positionstracker.importer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.positionstracker.actor.Actor;
import org.positionstracker.actor.ActorHierarchy;
import org.positionstracker.article.Article;
import org.positionstracker.article.ArticleReader;
import org.positionstracker.article.ArticleRejectedException;
import org.positionstracker.article.SourceArticle;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.db.Database;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.Extraction;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.TopicStance;
import org.positionstracker.statement.ReportedStatement;
import org.positionstracker.statement.StatementTopic;
import org.positionstracker.topic.Topic;

/**
 * Imports article files: one transaction per article, all or nothing. An article whose bytes are
 * already stored is left alone; a file imported before from the same path with other bytes is
 * replaced. When {@link #importFiles} reports an article as imported it has been committed.
 */
public final class ArticleImporter {
    private final Database database;
    private final Codebook codebook;
    private final StatementExtractor extractor;
    private final ArticleReader reader = new ArticleReader();

    public ArticleImporter(Database database, Codebook codebook, StatementExtractor extractor) {
        this.database = database;
        this.codebook = codebook;
        this.extractor = extractor;
    }

    public ImportSummary importFiles(List<Path> inputs, Consumer<ImportOutcome> progress) {
        database.transactions().write(em -> CodebookSync.apply(em, codebook, now()));
        List<Path> files = ArticleFiles.expand(inputs);
        List<ImportOutcome> outcomes = new java.util.ArrayList<>(files.size());
        for (Path file : files) {
            ImportOutcome outcome = importFile(file);
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return new ImportSummary(outcomes, codebook.source());
    }

    ImportOutcome importFile(Path file) {
        SourceArticle source;
        try {
            source = reader.read(file);
        } catch (ArticleRejectedException e) {
            return new ImportOutcome(file, ImportOutcome.Kind.REJECTED, 0, 0, e.reason());
        }
        String existing = database.transactions().read(em -> existingFileWithHash(em, source.contentHash()));
        if (existing != null)
            return new ImportOutcome(file, ImportOutcome.Kind.UNCHANGED, 0, 0, existing.equals(source.fileName()) ? null : "same text as " + existing);
        Extraction extraction;
        try {
            extraction = extractor.extract(source.text());
            verifySpans(source.text(), extraction);
        } catch (RuntimeException e) {
            return new ImportOutcome(file, ImportOutcome.Kind.REJECTED, 0, 0, "extraction failed: " + e);
        }
        String absolutePath = file.toAbsolutePath().normalize().toString();
        SourceArticle stored = new SourceArticle(source.fileName(), absolutePath, source.contentHash(), source.text(), source.metadata());
        try {
            return database.transactions().write(em -> write(em, file, stored, extraction));
        } catch (PersistenceException e) {
            return new ImportOutcome(file, ImportOutcome.Kind.REJECTED, 0, 0, "the database refused it: " + rootMessage(e));
        }
    }

    private static String existingFileWithHash(EntityManager em, String hash) {
        List<String> names = em.createQuery("select a.fileName from Article a where a.contentHash = :hash", String.class)
                .setParameter("hash", hash).getResultList();
        return names.isEmpty() ? null : names.get(0);
    }

    private ImportOutcome write(EntityManager em, Path file, SourceArticle source, Extraction extraction) {
        OffsetDateTime now = now();
        Set<Long> touchedActors = new HashSet<>();
        Set<Long> touchedTopics = new HashSet<>();
        boolean replaced = removePreviousVersion(em, source.sourcePath(), touchedActors, touchedTopics);

        Article article = new Article(source, extractor.version(), now);
        em.persist(article);
        ActorDirectory actors = new ActorDirectory(em, now);
        Map<String, Actor> speakers = new HashMap<>();
        for (SpeakerRef ref : extraction.actors()) speakers.put(ref.canonicalName(), actors.resolve(ref));
        Map<String, Topic> topics = topicsBySlug(em);
        Set<TextSpan> seen = new HashSet<>();
        int written = 0;
        for (ExtractedStatement found : extraction.statements()) {
            if (!seen.add(found.content())) continue;
            Actor speaker = speakers.computeIfAbsent(found.speaker().canonicalName(), n -> actors.resolve(found.speaker()));
            ReportedStatement statement = new ReportedStatement(article, speaker, found, source.text());
            em.persist(statement);
            written++;
            if (found.speakerMention() != null) actors.learnAlias(speaker, found.speakerMention().coveredText(source.text()));
            touchedActors.addAll(ActorHierarchy.selfAndPrincipals(speaker));
            for (TopicStance ts : found.topics()) {
                Topic topic = topics.get(ts.topicSlug());
                if (topic == null) continue;
                em.persist(new StatementTopic(statement, topic, ts, source.text()));
                touchedTopics.add(topic.getId());
            }
        }
        PositionBuilder.recompute(em, touchedActors, touchedTopics);
        return new ImportOutcome(file, replaced ? ImportOutcome.Kind.REPLACED : ImportOutcome.Kind.IMPORTED,
                written, actors.discoveredCount(), null);
    }

    /** Deletes an earlier version of the file (same path, other bytes); notes the positions it fed. */
    private static boolean removePreviousVersion(EntityManager em, String sourcePath, Set<Long> touchedActors, Set<Long> touchedTopics) {
        List<Long> previous = em.createQuery("select a.id from Article a where a.sourcePath = :path", Long.class)
                .setParameter("path", sourcePath).getResultList();
        if (previous.isEmpty()) return false;
        List<Object[]> fed = em.createQuery("""
                        select s.speaker, st.topic.id from StatementTopic st join st.statement s
                        where s.article.id in :ids""", Object[].class)
                .setParameter("ids", previous).getResultList();
        for (Object[] row : fed) {
            touchedActors.addAll(ActorHierarchy.selfAndPrincipals((Actor) row[0]));
            touchedTopics.add((Long) row[1]);
        }
        em.createNativeQuery("DELETE FROM article WHERE source_path = ?1").setParameter(1, sourcePath).executeUpdate();
        return true;
    }

    private static Map<String, Topic> topicsBySlug(EntityManager em) {
        Map<String, Topic> topics = new HashMap<>();
        for (Topic t : em.createQuery("select t from Topic t", Topic.class).getResultList()) topics.put(t.getSlug(), t);
        return topics;
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
