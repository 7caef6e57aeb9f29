package org.positionstracker.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.positionstracker.article.ArticleMetadata;
import org.positionstracker.article.SourceArticle;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.db.IdBlocks;
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.position.PositionLedger;

/**
 * Articles already in the database, changed in the caller's transaction: deleted (with their
 * statements, the positions they fed recomputed) or extracted again from their stored text.
 * Analysts' corrections are never deleted with an article: they name it by content hash and file
 * name, so importing the file again applies them again.
 */
public final class StoredArticles {
    /** What deleting an article removed, and how many corrections wait for its return. */
    public record Removed(long id, String fileName, int statements, int correctionsKept) {
    }

    /** The actors whose positions a statement by a speaker evidences (the speaker and those it speaks for). */
    @FunctionalInterface
    interface Principals {
        List<Long> of(Connection c, long speakerId) throws SQLException;
    }

    private final IdBlocks ids;

    public StoredArticles(IdBlocks ids) {
        this.ids = ids;
    }

    public Removed delete(Connection c, long articleId) throws SQLException {
        String fileName;
        String hash;
        try (PreparedStatement q = c.prepareStatement("SELECT file_name, content_hash FROM article WHERE id = ?")) {
            q.setLong(1, articleId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("no article with id " + articleId);
                fileName = rs.getString(1);
                hash = rs.getString(2);
            }
        }
        Set<Long> actors = new HashSet<>();
        Set<Long> topics = new HashSet<>();
        int statements = removeRows(c, articleId, PositionLedger::selfAndPrincipals, actors, topics);
        new PositionLedger(ids).recompute(c, actors, topics);
        int kept;
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM correction WHERE article_hash = ? OR file_name = ?")) {
            q.setString(1, hash);
            q.setString(2, fileName);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                kept = rs.getInt(1);
            }
        }
        return new Removed(articleId, fileName, statements, kept);
    }

    /**
     * Extracts a stored article again from its stored text with this codebook and extractor, as
     * {@code import --reextract} does; corrections that apply are applied again. The article gets
     * a new id. Returns the number of statements written.
     */
    public int reextract(Connection c, long articleId, Codebook codebook, StatementExtractor extractor, OffsetDateTime now) throws SQLException {
        SourceArticle source;
        try (PreparedStatement q = c.prepareStatement("SELECT file_name, source_path, content_hash, body, title, outlet, url, published_on "
                + "FROM article WHERE id = ?")) {
            q.setLong(1, articleId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("no article with id " + articleId);
                java.sql.Date published = rs.getDate(8);
                source = new SourceArticle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        new ArticleMetadata(rs.getString(5), rs.getString(6), rs.getString(7), published == null ? null : published.toLocalDate()));
            }
        }
        ActorRegistry actors = new ActorRegistry(ids);
        Map<String, Long> topicIds = CodebookSync.apply(c, codebook, actors, ids, now);
        ArticleWriter writer = new ArticleWriter(ids, actors, topicIds, extractor.version());
        return writer.write(c, source, extractor.extract(source.extractableText()), now).statements();
    }

    /** Deletes the article row (statements, topics and evidence go with it) and notes the positions it fed. */
    static int removeRows(Connection c, long articleId, Principals principals, Set<Long> touchedActors, Set<Long> touchedTopics) throws SQLException {
        List<Long> speakers = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT DISTINCT s.speaker_id, st.topic_id FROM statement s "
                + "JOIN statement_topic st ON st.statement_id = s.id WHERE s.article_id = ?")) {
            q.setLong(1, articleId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    speakers.add(rs.getLong(1));
                    touchedTopics.add(rs.getLong(2));
                }
            }
        }
        // resolved after the result set is closed: H2 does not keep it readable across other queries
        for (long speaker : speakers) touchedActors.addAll(principals.of(c, speaker));
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM statement WHERE article_id = ?")) {
            delete.setLong(1, articleId);
            int statements = delete.executeUpdate();
            try (PreparedStatement article = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
                article.setLong(1, articleId);
                article.executeUpdate();
            }
            return statements;
        }
    }
}
