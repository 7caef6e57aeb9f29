package org.positionstracker.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.positionstracker.db.IdBlocks;
import org.positionstracker.statement.Mode;
import org.positionstracker.topic.Stance;

/**
 * The {@code correction} table, with JDBC in the caller's transaction: each {@link Correction}
 * record as one row (the columns its kind does not use are null), read back as records.
 */
final class CorrectionStore {
    /** A stored correction; {@code key} is null for corrections of actors. */
    record Stored(long id, StatementKey key, Correction correction) {
    }

    /** A stored correction with what the log shows of it; {@code withdrawn} is null while it applies. */
    record Logged(Stored stored, String reason, String by, String at, String withdrawn) {
    }

    private static final String COLUMNS = "id, kind, article_hash, file_name, content_start, content_end, content_text, "
            + "actor_name, other_name, topic_slug, topics, stance, mode";

    private final IdBlocks ids;

    CorrectionStore(IdBlocks ids) {
        this.ids = ids;
    }

    long insert(Connection c, StatementKey key, Long statementId, Correction correction, Note note) throws SQLException {
        long id = ids.next(c, "correction_seq");
        Columns columns = Columns.of(correction);
        try (PreparedStatement i = c.prepareStatement("INSERT INTO correction (id, kind, article_hash, file_name, content_start, content_end, "
                + "content_text, actor_name, other_name, topic_slug, topics, stance, reason, created_by, created_at, mode, statement_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            i.setLong(1, id);
            i.setString(2, correction.kind().code());
            i.setString(3, key == null ? null : key.articleHash());
            i.setString(4, key == null ? null : key.fileName());
            i.setObject(5, key == null ? null : key.start(), Types.INTEGER);
            i.setObject(6, key == null ? null : key.end(), Types.INTEGER);
            i.setString(7, key == null ? null : key.text());
            i.setString(8, columns.actorName());
            i.setString(9, columns.otherName());
            i.setString(10, columns.topicSlug());
            i.setString(11, columns.topics());
            i.setString(12, columns.stance() == null ? null : columns.stance().code());
            i.setString(13, note.reason());
            i.setString(14, note.by());
            i.setObject(15, note.at());
            i.setString(16, columns.mode() == null ? null : columns.mode().code());
            i.setObject(17, statementId, Types.BIGINT);
            i.executeUpdate();
        }
        return id;
    }

    /** The statement corrections (not withdrawn) of the article with this content hash or file name, oldest first. */
    static List<Stored> ofArticle(Connection c, String contentHash, String fileName) throws SQLException {
        List<Stored> stored = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM correction WHERE article_hash = ? AND kind NOT IN ('merge', 'alias') "
                + "AND withdrawn_at IS NULL UNION SELECT " + COLUMNS + " FROM correction WHERE file_name = ? AND kind NOT IN ('merge', 'alias') "
                + "AND withdrawn_at IS NULL ORDER BY 1")) {
            q.setString(1, contentHash);
            q.setString(2, fileName);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) stored.add(read(rs));
            }
        }
        return stored;
    }

    /** The merge and alias corrections that still apply, oldest first. */
    static List<Correction.OfActors> ofActors(Connection c) throws SQLException {
        List<Correction.OfActors> found = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM correction WHERE kind IN ('merge', 'alias') AND withdrawn_at IS NULL ORDER BY id");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) found.add((Correction.OfActors) read(rs).correction());
        }
        return found;
    }

    /** Every correction, oldest first, withdrawn ones included. */
    static List<Logged> all(Connection c) throws SQLException {
        List<Logged> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + ", reason, created_by, created_at, withdrawn_at, withdrawn_by, withdrawn_reason "
                + "FROM correction ORDER BY id");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String withdrawn = rs.getObject(17) == null ? null
                        : "withdrawn at " + rs.getObject(17) + " by " + rs.getString(18) + ": " + rs.getString(19);
                rows.add(new Logged(read(rs), rs.getString(14), rs.getString(15), rs.getObject(16).toString(), withdrawn));
            }
        }
        return rows;
    }

    /** Marks a correction withdrawn (the row stays) and returns it; refuses one that does not exist or was withdrawn already. */
    static Stored withdraw(Connection c, long correctionId, Note note) throws SQLException {
        Stored stored;
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + ", withdrawn_at, withdrawn_by FROM correction WHERE id = ? FOR UPDATE")) {
            q.setLong(1, correctionId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("correction #" + correctionId + " does not exist (see review list)");
                if (rs.getObject(14) != null)
                    throw new IllegalArgumentException("correction #" + correctionId + " was already withdrawn, by " + rs.getString(15) + " at " + rs.getObject(14));
                stored = read(rs);
            }
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE correction SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ? WHERE id = ?")) {
            u.setObject(1, note.at());
            u.setString(2, note.by());
            u.setString(3, note.reason());
            u.setLong(4, correctionId);
            u.executeUpdate();
        }
        return stored;
    }

    /** The correction that rejected the statement that had this id, if one did and still applies. */
    static Optional<Long> rejectionOf(Connection c, long statementId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM correction WHERE statement_id = ? AND kind = 'reject' AND withdrawn_at IS NULL ORDER BY id")) {
            q.setLong(1, statementId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** A row read with {@link #COLUMNS} first. */
    private static Stored read(ResultSet rs) throws SQLException {
        Kind kind = Kind.fromCode(rs.getString(2));
        String stance = rs.getString(12);
        String mode = rs.getString(13);
        Columns columns = new Columns(rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                stance == null ? null : Stance.fromCode(stance), mode == null ? null : Mode.fromCode(mode));
        Correction correction = columns.toCorrection(kind);
        StatementKey key = correction instanceof Correction.OfActors ? null
                : new StatementKey(rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7));
        return new Stored(rs.getLong(1), key, correction);
    }

    /** The kind-specific columns of a correction row; null where its kind has none. */
    private record Columns(String actorName, String otherName, String topicSlug, String topics, Stance stance, Mode mode) {
        static Columns of(Correction correction) {
            if (correction instanceof Correction.Speaker s) return new Columns(s.actorName(), null, null, null, null, null);
            if (correction instanceof Correction.Topics t) return new Columns(null, null, null, t.topics(), null, null);
            if (correction instanceof Correction.StanceOn s) return new Columns(null, null, s.topicSlug(), null, s.stance(), null);
            if (correction instanceof Correction.Reject) return new Columns(null, null, null, null, null, null);
            if (correction instanceof Correction.Add a) return new Columns(a.actorName(), null, null, a.topics(), null, a.mode());
            if (correction instanceof Correction.Merge m) return new Columns(m.from(), m.into(), null, null, null, null);
            Correction.Alias a = (Correction.Alias) correction;
            return new Columns(a.actor(), a.alias(), null, null, null, null);
        }

        Correction toCorrection(Kind kind) {
            return switch (kind) {
                case SPEAKER -> new Correction.Speaker(actorName);
                case TOPICS -> new Correction.Topics(topics);
                case STANCE -> new Correction.StanceOn(topicSlug, stance);
                case REJECT -> new Correction.Reject();
                case ADD -> new Correction.Add(actorName, mode, topics);
                case MERGE -> new Correction.Merge(actorName, otherName);
                case ALIAS -> new Correction.Alias(actorName, otherName);
            };
        }
    }
}
