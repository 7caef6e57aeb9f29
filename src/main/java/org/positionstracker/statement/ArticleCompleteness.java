package org.positionstracker.statement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether an article is stored whole. H2 does not promise that a commit which fails (a full disk,
 * a store closed under it) stored nothing, so an article carries the number of statement and
 * statement_topic rows it has when whole, written in the transaction that writes or corrects
 * those rows; an article whose rows disagree with its counts, or one of whose topic assignments
 * is not evidence of its speaker's position, is partial.
 */
public final class ArticleCompleteness {
    /** Records the article's rows as they are now as its whole state (call last, in the writing transaction). */
    public static void record(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET "
                + "statement_count = (SELECT COUNT(*) FROM statement WHERE article_id = ?), "
                + "statement_topic_count = (SELECT COUNT(*) FROM statement_topic st JOIN statement s ON s.id = st.statement_id WHERE s.article_id = ?) "
                + "WHERE id = ?")) {
            ps.setLong(1, articleId);
            ps.setLong(2, articleId);
            ps.setLong(3, articleId);
            ps.executeUpdate();
        }
    }

    /**
     * True when the article's rows match its recorded counts and every topic assignment of its
     * statements is evidence of the speaker's position. Articles stored before the counts were
     * recorded (null counts) cannot be checked and count as whole.
     */
    public static boolean isWhole(Connection c, long articleId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT a.statement_count, a.statement_topic_count, "
                + "(SELECT COUNT(*) FROM statement s WHERE s.article_id = a.id), "
                + "(SELECT COUNT(*) FROM statement_topic st JOIN statement s ON s.id = st.statement_id WHERE s.article_id = a.id), "
                + "(SELECT COUNT(*) FROM statement_topic st JOIN statement s ON s.id = st.statement_id WHERE s.article_id = a.id "
                + "  AND NOT EXISTS (SELECT 1 FROM position_evidence e JOIN position p ON p.id = e.position_id "
                + "    WHERE e.statement_id = s.id AND p.actor_id = s.speaker_id AND p.topic_id = st.topic_id)) "
                + "FROM article a WHERE a.id = ?")) {
            q.setLong(1, articleId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) return false;
                long statements = rs.getLong(1);
                if (rs.wasNull()) return true;
                long topics = rs.getLong(2);
                return statements == rs.getLong(3) && topics == rs.getLong(4) && rs.getLong(5) == 0;
            }
        }
    }

    private ArticleCompleteness() {
    }
}
