package org.positionstracker.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the statement a correction names, again and again as articles are re-imported: by its
 * article's content hash and its span (exactly, else the statement overlapping it most, as a
 * changed extractor may move a boundary), and in an edited file of the same name by its text.
 */
final class StatementLocator {
    private StatementLocator() {
    }

    /** The key of a stored statement, or empty when there is no statement with that id. */
    static Optional<StatementKey> keyOf(Connection c, long statementId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT a.content_hash, a.file_name, s.content_start, s.content_end, s.content_text "
                + "FROM statement s JOIN article a ON a.id = s.article_id WHERE s.id = ?")) {
            q.setLong(1, statementId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new StatementKey(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
            }
        }
    }

    /**
     * The statement a key names: in the article with its hash, the one with exactly its span or
     * else overlapping it most; in an edited file of the same name, the one with the same text.
     * Only in the article {@code articleId} when that is not null.
     */
    static Long find(Connection c, StatementKey key, Long articleId) throws SQLException {
        String sql = "SELECT s.id, s.content_start, s.content_end, s.content_text, a.content_hash FROM statement s "
                + "JOIN article a ON a.id = s.article_id WHERE " + (articleId == null
                        ? "a.id IN (SELECT id FROM article WHERE content_hash = ? UNION SELECT id FROM article WHERE file_name = ?)" : "a.id = ?")
                + " ORDER BY s.id";
        Long best = null;
        int bestOverlap = 0;
        Long sameText = null;
        try (PreparedStatement q = c.prepareStatement(sql)) {
            if (articleId == null) {
                q.setString(1, key.articleHash());
                q.setString(2, key.fileName());
            } else {
                q.setLong(1, articleId);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int start = rs.getInt(2);
                    int end = rs.getInt(3);
                    if (!key.articleHash().equals(rs.getString(5))) {
                        if (sameText == null && key.text().equals(rs.getString(4))) sameText = id;
                        continue;
                    }
                    if (start == key.start() && end == key.end()) return id;
                    int overlap = Math.min(end, key.end()) - Math.max(start, key.start());
                    if (overlap > bestOverlap) {
                        best = id;
                        bestOverlap = overlap;
                    }
                }
            }
        }
        return best != null ? best : sameText;
    }

    /** An added statement is there: exactly its span in its article, or its text in an edited file of the same name. */
    static boolean added(Connection c, StatementKey key) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM statement s JOIN article a ON a.id = s.article_id "
                + "WHERE a.content_hash = ? AND s.content_start = ? AND s.content_end = ? "
                + "UNION ALL SELECT 1 FROM statement s JOIN article a ON a.id = s.article_id WHERE a.file_name = ? AND s.content_text = ?")) {
            q.setString(1, key.articleHash());
            q.setInt(2, key.start());
            q.setInt(3, key.end());
            q.setString(4, key.fileName());
            q.setString(5, key.text());
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The articles a key can name: the one with its content hash and any of its file name. */
    static List<Long> articlesOf(Connection c, StatementKey key) throws SQLException {
        List<Long> articles = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM article WHERE content_hash = ? UNION SELECT id FROM article WHERE file_name = ?")) {
            q.setString(1, key.articleHash());
            q.setString(2, key.fileName());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) articles.add(rs.getLong(1));
            }
        }
        return articles;
    }

    /** The article with this content hash, if imported. */
    static Long articleWithHash(Connection c, String contentHash) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM article WHERE content_hash = ?")) {
            q.setString(1, contentHash);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    static long articleOfStatement(Connection c, long statementId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT article_id FROM statement WHERE id = ?")) {
            q.setLong(1, statementId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
