package org.positionstracker.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.positionstracker.topic.Stance;

/** The corrections as people read them: what each targets and changes, and whether it still applies. */
public final class CorrectionLog {
    /** One correction, described. {@code status} is applied, article not imported, statement not found, or withdrawn. */
    public record CorrectionView(long id, String kind, String target, String change, String status, String reason, String by, String at) {
    }

    private CorrectionLog() {
    }

    public static List<CorrectionView> list(Connection c) throws SQLException {
        record Row(long id, Kind kind, Corrections.StatementKey key, Corrections.Change change, String reason, String by, String at, String withdrawn) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id, kind, article_hash, file_name, content_start, content_end, content_text, "
                + "actor_name, other_name, topic_slug, topics, stance, reason, created_by, created_at, mode, withdrawn_at, withdrawn_by, withdrawn_reason "
                + "FROM correction ORDER BY id");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                Kind kind = Kind.fromCode(rs.getString(2));
                Corrections.StatementKey key = kind.aboutStatement()
                        ? new Corrections.StatementKey(rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7)) : null;
                String stance = rs.getString(12);
                String mode = rs.getString(16);
                Corrections.Change change = new Corrections.Change(kind, rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        stance == null ? null : Stance.fromCode(stance), mode == null ? null : org.positionstracker.statement.Mode.fromCode(mode));
                String withdrawn = rs.getObject(17) == null ? null
                        : "withdrawn at " + rs.getObject(17) + " by " + rs.getString(18) + ": " + rs.getString(19);
                rows.add(new Row(rs.getLong(1), kind, key, change, rs.getString(13), rs.getString(14), rs.getObject(15).toString(), withdrawn));
            }
        }
        List<CorrectionView> views = new ArrayList<>();
        for (Row r : rows) {
            String target = r.key() == null ? r.change().actorName()
                    : r.key().fileName() + " " + r.key().start() + "-" + r.key().end() + " \"" + shorten(r.key().text(), 50) + "\"";
            views.add(new CorrectionView(r.id(), r.kind().code(), target, describe(r.change()),
                    r.withdrawn() != null ? r.withdrawn() : status(c, r.key(), r.change()), r.reason(), r.by(), r.at()));
        }
        return views;
    }

    /** The change in words: "speaker -> Dmitry Peskov", "territory: opposes"... */
    public static String describe(Corrections.Change change) {
        return switch (change.kind()) {
            case SPEAKER -> "speaker -> " + change.actorName();
            case TOPICS -> change.topics() == null || change.topics().isEmpty() ? "topics -> none" : "topics -> " + change.topics();
            case STANCE -> change.topicSlug() + " stance -> " + change.stance().code();
            case REJECT -> "rejected";
            case ADD -> "added: " + change.mode().code() + " by " + change.actorName()
                    + (change.topics() == null || change.topics().isEmpty() ? "" : ", topics " + change.topics());
            case MERGE -> "merged into " + change.otherName();
            case ALIAS -> "alias \"" + change.otherName() + "\"";
        };
    }

    private static String status(Connection c, Corrections.StatementKey key, Corrections.Change change) throws SQLException {
        switch (change.kind()) {
            case MERGE -> {
                return exists(c, "SELECT 1 FROM actor WHERE name_key = ?", org.positionstracker.codebook.Codebook.key(change.actorName()))
                        ? "not applied: actor still exists" : "applied";
            }
            case ALIAS -> {
                return exists(c, "SELECT 1 FROM actor_alias WHERE alias_key = ?", org.positionstracker.codebook.Codebook.key(change.otherName()))
                        ? "applied" : "not applied: actor missing";
            }
            default -> {
                boolean article = exists(c, "SELECT 1 FROM article WHERE content_hash = ? UNION ALL SELECT 1 FROM article WHERE file_name = ?", key.articleHash(), key.fileName());
                if (!article) return "article not imported";
                boolean found = change.kind() == Kind.ADD ? added(c, key) : Corrections.find(c, key, null) != null;
                if (change.kind() == Kind.REJECT) return found ? "not applied: statement still there" : "applied";
                return found ? "applied" : "not applied: statement not found";
            }
        }
    }

    /** An added statement is there: exactly its span in its article, or its text in an edited file of the same name. */
    private static boolean added(Connection c, Corrections.StatementKey key) throws SQLException {
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

    private static boolean exists(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) q.setString(i + 1, values[i]);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A statement's text on one line, cut to {@code max} characters with "..." when longer. */
    public static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 3) + "...";
    }
}
