package org.positionstracker.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.positionstracker.article.SourceArticle;
import org.positionstracker.db.IdBlocks;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.Extraction;
import org.positionstracker.extract.SentenceNumbers;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.TopicStance;
import org.positionstracker.position.PositionLedger;
import org.positionstracker.review.Corrections;
import org.positionstracker.statement.ArticleCompleteness;

/**
 * Writes one extracted article inside the caller's transaction with batched JDBC: the article,
 * its speakers (found or discovered), statements, topics with stances, learned aliases, and the
 * positions its statements evidence. A file imported before from the same path is replaced.
 */
final class ArticleWriter {
    record Written(int statements, boolean replaced) {
    }

    private final IdBlocks ids;
    private final ActorRegistry actors;
    private final PositionLedger positions;
    private final Corrections corrections;
    private final Map<String, Long> topicIds;
    private final String extractorVersion;

    ArticleWriter(IdBlocks ids, ActorRegistry actors, Map<String, Long> topicIds, String extractorVersion) {
        this.ids = ids;
        this.actors = actors;
        this.positions = new PositionLedger(ids);
        this.corrections = new Corrections(ids, SentenceNumbers::at);
        this.topicIds = topicIds;
        this.extractorVersion = extractorVersion;
    }

    Written write(Connection c, SourceArticle source, Extraction extraction, OffsetDateTime now) throws SQLException {
        Set<Long> touchedActors = new HashSet<>();
        Set<Long> touchedTopics = new HashSet<>();
        boolean replaced = removePreviousVersion(c, source, touchedActors, touchedTopics);
        long articleId = insertArticle(c, source, now);

        Map<String, ActorRegistry.Known> speakers = new HashMap<>();
        for (SpeakerRef ref : extraction.actors()) speakers.put(ref.canonicalName(), actors.resolve(c, ref, now));
        String text = source.text();
        List<PositionLedger.Evidence> evidence = new ArrayList<>();
        Set<TextSpan> seen = new HashSet<>();
        int written = 0;
        try (PreparedStatement statement = c.prepareStatement("INSERT INTO statement (id, article_id, speaker_id, mode, content_text, "
                + "content_start, content_end, speaker_mention_text, speaker_mention_start, speaker_mention_end, cue_text, cue_start, cue_end, "
                + "sentence_number, said_on, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement topic = c.prepareStatement("INSERT INTO statement_topic (id, statement_id, topic_id, stance, keyword_text, "
                     + "keyword_start, keyword_end, stance_cue_text, stance_cue_start, stance_cue_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ExtractedStatement found : extraction.statements()) {
                if (!seen.add(found.content())) continue;
                ActorRegistry.Known speaker = null;
                if (found.speaker() != null) {
                    speaker = speakers.get(found.speaker().canonicalName());
                    if (speaker == null) {
                        speaker = actors.resolve(c, found.speaker(), now);
                        speakers.put(found.speaker().canonicalName(), speaker);
                    }
                }
                long statementId = ids.next(c, "statement_seq");
                statement.setLong(1, statementId);
                statement.setLong(2, articleId);
                if (speaker == null) statement.setNull(3, Types.BIGINT);
                else statement.setLong(3, speaker.id());
                statement.setString(4, found.mode().code());
                bindSpan(statement, 5, text, found.content());
                bindSpan(statement, 8, text, found.speakerMention());
                bindSpan(statement, 11, text, found.cue());
                statement.setInt(14, found.sentenceNumber());
                NullableBinds.date(statement, 15, StatementDates.saidOn(text, found, source.metadata().publishedOn()));
                statement.setString(16, found.rule());
                statement.addBatch();
                written++;
                if (speaker == null) continue;        // unattributed: stored and listed, but nobody's position
                if (found.speakerMention() != null) actors.learnAlias(c, speaker.id(), found.speakerMention().coveredText(text));
                List<Long> holders = actors.selfAndPrincipals(c, speaker.id());
                touchedActors.addAll(holders);
                for (TopicStance ts : found.topics()) {
                    Long topicId = topicIds.get(ts.topicSlug());
                    if (topicId == null) continue;
                    topic.setLong(1, ids.next(c, "statement_topic_seq"));
                    topic.setLong(2, statementId);
                    topic.setLong(3, topicId);
                    topic.setString(4, ts.stance().code());
                    bindSpan(topic, 5, text, ts.keyword());
                    bindSpan(topic, 8, text, ts.cue());
                    topic.addBatch();
                    touchedTopics.add(topicId);
                    for (long holder : holders)
                        evidence.add(new PositionLedger.Evidence(holder, topicId, statementId, ts.stance(), holder == speaker.id()));
                }
            }
            statement.executeBatch();
            topic.executeBatch();
        }
        if (replaced) positions.recompute(c, touchedActors, touchedTopics);
        else positions.add(c, evidence);
        corrections.applyToArticle(c, articleId, source.contentHash(), source.fileName());
        ArticleCompleteness.record(c, articleId);
        return new Written(written, replaced);
    }

    private long insertArticle(Connection c, SourceArticle source, OffsetDateTime now) throws SQLException {
        long id = ids.next(c, "article_seq");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (id, file_name, source_path, content_hash, body, body_length, "
                + "title, outlet, url, published_on, extractor_version, imported_at, source_format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, source.fileName());
            ps.setString(3, source.sourcePath());
            ps.setString(4, source.contentHash());
            ps.setString(5, source.text());
            ps.setInt(6, source.text().length());
            NullableBinds.text(ps, 7, source.metadata().title());
            NullableBinds.text(ps, 8, source.metadata().outlet());
            NullableBinds.text(ps, 9, source.metadata().url());
            NullableBinds.date(ps, 10, source.metadata().publishedOn());
            ps.setString(11, extractorVersion);
            ps.setObject(12, now);
            ps.setString(13, source.format().code());
            ps.executeUpdate();
        }
        return id;
    }

    /**
     * Deletes an earlier version of the file (same path, other bytes) or of the text (same bytes,
     * being re-extracted); notes the positions it fed.
     */
    private boolean removePreviousVersion(Connection c, SourceArticle source, Set<Long> touchedActors, Set<Long> touchedTopics) throws SQLException {
        List<Long> previous = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM article WHERE file_name = ? AND source_path = ? "
                + "UNION SELECT id FROM article WHERE content_hash = ?")) {
            q.setString(1, source.fileName());
            q.setString(2, source.sourcePath());
            q.setString(3, source.contentHash());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) previous.add(rs.getLong(1));
            }
        }
        if (previous.isEmpty()) return false;
        for (long articleId : previous) StoredArticles.removeRows(c, articleId, actors::selfAndPrincipals, touchedActors, touchedTopics);
        return true;
    }

    /** Deletes what is stored of the article with these bytes (a partial copy a failed commit left) and rebuilds the positions it fed. */
    void removeStored(Connection c, String contentHash) throws SQLException {
        List<Long> stored = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM article WHERE content_hash = ?")) {
            q.setString(1, contentHash);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) stored.add(rs.getLong(1));
            }
        }
        Set<Long> touchedActors = new HashSet<>();
        Set<Long> touchedTopics = new HashSet<>();
        for (long articleId : stored) StoredArticles.removeRows(c, articleId, actors::selfAndPrincipals, touchedActors, touchedTopics);
        positions.recompute(c, touchedActors, touchedTopics);
    }

    /** See {@link PositionLedger#repairDrift}. */
    int repairPositions(Connection c) throws SQLException {
        return positions.repairDrift(c);
    }

    private static void bindSpan(PreparedStatement ps, int first, String text, TextSpan span) throws SQLException {
        if (span == null) {
            ps.setNull(first, Types.VARCHAR);
            ps.setNull(first + 1, Types.INTEGER);
            ps.setNull(first + 2, Types.INTEGER);
        } else {
            ps.setString(first, span.coveredText(text));
            ps.setInt(first + 1, span.start());
            ps.setInt(first + 2, span.end());
        }
    }

}
