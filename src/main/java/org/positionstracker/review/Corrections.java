package org.positionstracker.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.positionstracker.actor.ActorLookup;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.db.IdBlocks;
import org.positionstracker.importer.PositionLedger;
import org.positionstracker.extract.SentenceNumbers;
import org.positionstracker.statement.ArticleCompleteness;
import org.positionstracker.statement.Mode;
import org.positionstracker.topic.Stance;

/**
 * Stores analysts' corrections and applies them on top of the extractor's output, with JDBC in the
 * caller's transaction. A correction is applied when it is made, again whenever its article is
 * written (imported, replaced or re-extracted: {@link #applyToArticle}), and actor corrections
 * (merge, alias) at the start of every import ({@link #applyActorCorrections}). Applying is
 * idempotent; later corrections win. Positions of the actors and topics a correction touches are
 * recomputed.
 *
 * <p>A statement is found again by its article's content hash and its span: the statement with
 * exactly that span, else the one overlapping it most (a changed extractor may move a boundary).
 * When the file was edited (other hash, same file name), by its text.
 */
public final class Corrections {
    /** What a correction says about a statement or actors; fields not used by its kind are null. */
    public record Change(Kind kind, String actorName, String otherName, String topicSlug, String topics, Stance stance, Mode mode) {
        public Change(Kind kind, String actorName, String otherName, String topicSlug, String topics, Stance stance) {
            this(kind, actorName, otherName, topicSlug, topics, stance, null);
        }
    }

    /** A statement as a correction names it. */
    public record StatementKey(String articleHash, String fileName, int start, int end, String text) {
    }

    /** Where an applied correction left the record. */
    public record Effect(long correctionId, int statements, int positionsRecomputed) {
    }

    private final IdBlocks ids;
    private final PositionLedger positions;

    public Corrections(IdBlocks ids) {
        this.ids = ids;
        this.positions = new PositionLedger(ids);
    }

    /** The key of a stored statement, or empty when there is no statement with that id. */
    public static Optional<StatementKey> keyOf(Connection c, long statementId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT a.content_hash, a.file_name, s.content_start, s.content_end, s.content_text "
                + "FROM statement s JOIN article a ON a.id = s.article_id WHERE s.id = ?")) {
            q.setLong(1, statementId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new StatementKey(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
            }
        }
    }

    /** Stores a correction of a statement and applies it. */
    public Effect correctStatement(Connection c, StatementKey key, Change change, String reason, String by, OffsetDateTime now) throws SQLException {
        return correctStatement(c, key, null, change, reason, by, now);
    }

    /** Stores a correction of the statement that has id {@code currentId} now (null for an added one) and applies it. */
    public Effect correctStatement(Connection c, StatementKey key, Long currentId, Change change, String reason, String by, OffsetDateTime now) throws SQLException {
        long id = insert(c, key, currentId, change, reason, by, now);
        Touched touched = new Touched();
        int statements;
        Long articleId;
        if (change.kind() == Kind.ADD) {
            articleId = articleIdOf(c, key.articleHash());
            statements = add(c, key, articleId, change, touched);
        } else {
            Long statementId = find(c, key, null);
            articleId = statementId == null ? null : articleOfStatement(c, statementId);
            statements = statementId == null ? 0 : apply(c, statementId, change, touched);
        }
        Effect effect = new Effect(id, statements, touched.recompute(c, positions));
        if (articleId != null) ArticleCompleteness.record(c, articleId);
        return effect;
    }

    private static long articleOfStatement(Connection c, long statementId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT article_id FROM statement WHERE id = ?")) {
            q.setLong(1, statementId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Stores a merge or alias correction and applies it. */
    public Effect correctActors(Connection c, Change change, String reason, String by, OffsetDateTime now) throws SQLException {
        long id = insert(c, null, null, change, reason, by, now);
        Touched touched = new Touched();
        int statements = applyActorChange(c, change, touched, now);
        return new Effect(id, statements, touched.recompute(c, positions));
    }

    /** Re-applies every merge and alias correction, oldest first; returns the statements that moved. */
    public int applyActorCorrections(Connection c, OffsetDateTime now) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT kind, actor_name, other_name FROM correction WHERE kind IN ('merge', 'alias') AND withdrawn_at IS NULL ORDER BY id");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) changes.add(new Change(Kind.fromCode(rs.getString(1)), rs.getString(2), rs.getString(3), null, null, null));
        }
        Touched touched = new Touched();
        int moved = 0;
        for (Change change : changes) moved += applyActorChange(c, change, touched, now);
        touched.recompute(c, positions);
        return moved;
    }

    /** Re-applies the statement corrections of an article just written; returns how many applied. */
    public int applyToArticle(Connection c, long articleId, String contentHash, String fileName) throws SQLException {
        record Stored(StatementKey key, Change change) {
        }
        List<Stored> stored = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT article_hash, file_name, content_start, content_end, content_text, kind, actor_name, "
                + "topic_slug, topics, stance, id, mode FROM correction WHERE article_hash = ? AND kind NOT IN ('merge', 'alias') AND withdrawn_at IS NULL "
                + "UNION SELECT article_hash, file_name, content_start, content_end, content_text, kind, actor_name, topic_slug, topics, stance, id, mode "
                + "FROM correction WHERE file_name = ? AND kind NOT IN ('merge', 'alias') AND withdrawn_at IS NULL ORDER BY 11")) {
            q.setString(1, contentHash);
            q.setString(2, fileName);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String stance = rs.getString(10);
                    String mode = rs.getString(12);
                    stored.add(new Stored(new StatementKey(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)),
                            new Change(Kind.fromCode(rs.getString(6)), rs.getString(7), null, rs.getString(8), rs.getString(9),
                                    stance == null ? null : Stance.fromCode(stance), mode == null ? null : Mode.fromCode(mode))));
                }
            }
        }
        if (stored.isEmpty()) return 0;
        Touched touched = new Touched();
        int applied = 0;
        for (Stored s : stored) {
            if (s.change().kind() == Kind.ADD) {
                applied += add(c, s.key(), articleId, s.change(), touched);
                continue;
            }
            Long statementId = find(c, s.key(), articleId);
            if (statementId != null && apply(c, statementId, s.change(), touched) > 0) applied++;
        }
        touched.recompute(c, positions);
        return applied;
    }

    /** A withdrawn correction, and the articles to extract again so that the record is as if it had never been made. */
    public record Withdrawal(long correctionId, Kind kind, String target, List<Long> articlesToReextract) {
    }

    /**
     * Marks a correction withdrawn (the row stays, with who withdrew it, when and why) and undoes
     * what it did where it can be undone here: a merge or alias no longer joins the names (the
     * alias it made goes, unless another correction still makes it). The statements it changed
     * come back only by extracting their articles again, which the caller does with the articles
     * returned; re-extraction re-applies the corrections that remain, oldest first.
     */
    public Withdrawal withdraw(Connection c, long correctionId, String reason, String by, OffsetDateTime now) throws SQLException {
        Kind kind;
        String hash;
        String fileName;
        String actorName;
        String otherName;
        try (PreparedStatement q = c.prepareStatement("SELECT kind, article_hash, file_name, actor_name, other_name, withdrawn_at, withdrawn_by "
                + "FROM correction WHERE id = ? FOR UPDATE")) {
            q.setLong(1, correctionId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("correction #" + correctionId + " does not exist (see review list)");
                if (rs.getObject(6) != null)
                    throw new IllegalArgumentException("correction #" + correctionId + " was already withdrawn, by " + rs.getString(7) + " at " + rs.getObject(6));
                kind = Kind.fromCode(rs.getString(1));
                hash = rs.getString(2);
                fileName = rs.getString(3);
                actorName = rs.getString(4);
                otherName = rs.getString(5);
            }
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE correction SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ? WHERE id = ?")) {
            u.setObject(1, now);
            u.setString(2, by);
            u.setString(3, reason);
            u.setLong(4, correctionId);
            u.executeUpdate();
        }
        if (kind.aboutStatement()) {
            List<Long> articles = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM article WHERE content_hash = ? UNION SELECT id FROM article WHERE file_name = ?")) {
                q.setString(1, hash);
                q.setString(2, fileName);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) articles.add(rs.getLong(1));
                }
            }
            return new Withdrawal(correctionId, kind, fileName, articles);
        }
        String joinedName = kind == Kind.MERGE ? actorName : otherName;
        Optional<Long> kept = actorId(c, kind == Kind.MERGE ? otherName : actorName);
        List<Long> articles = new ArrayList<>();
        if (kept.isPresent()) {
            try (PreparedStatement q = c.prepareStatement("SELECT DISTINCT article_id FROM statement WHERE speaker_id = ? ORDER BY article_id")) {
                q.setLong(1, kept.get());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) articles.add(rs.getLong(1));
                }
            }
        }
        boolean stillJoined = false;
        try (PreparedStatement q = c.prepareStatement("SELECT kind, actor_name, other_name FROM correction WHERE kind IN ('merge', 'alias') AND withdrawn_at IS NULL");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String name = "merge".equals(rs.getString(1)) ? rs.getString(2) : rs.getString(3);
                if (Codebook.key(name).equals(Codebook.key(joinedName))) stillJoined = true;
            }
        }
        if (!stillJoined) {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM actor_alias WHERE alias_key = ? AND origin = 'review'")) {
                d.setString(1, Codebook.key(joinedName));
                d.executeUpdate();
            }
        }
        return new Withdrawal(correctionId, kind, joinedName, articles);
    }

    /** The correction that rejected the statement that had this id, if one did and still applies. */
    public static Optional<Long> rejectionOf(Connection c, long statementId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM correction WHERE statement_id = ? AND kind = 'reject' AND withdrawn_at IS NULL ORDER BY id")) {
            q.setLong(1, statementId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * The statement a key names: in the article with its hash, the one with exactly its span or
     * else overlapping it most; in an edited file of the same name, the one with the same text.
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

    /**
     * Puts an analyst's statement into the article: where a statement with exactly its text span
     * exists, that statement gets its speaker and topics; otherwise a new statement is stored. In
     * an edited file (other hash) the span is found again by the text's first occurrence.
     */
    private int add(Connection c, StatementKey key, Long articleId, Change change, Touched touched) throws SQLException {
        if (articleId == null) return 0;
        String body;
        String hash;
        java.sql.Date published;
        try (PreparedStatement q = c.prepareStatement("SELECT body, content_hash, published_on FROM article WHERE id = ?")) {
            q.setLong(1, articleId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) return 0;
                body = rs.getString(1);
                hash = rs.getString(2);
                published = rs.getDate(3);
            }
        }
        int start = key.start();
        if (!hash.equals(key.articleHash())) start = body.indexOf(key.text());
        int end = start + key.text().length();
        if (start < 0 || end > body.length() || !body.regionMatches(start, key.text(), 0, key.text().length())) return 0;
        Optional<Long> speaker = actorId(c, change.actorName());
        if (speaker.isEmpty()) return 0;
        Long existing = null;
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM statement WHERE article_id = ? AND content_start = ? AND content_end = ?")) {
            q.setLong(1, articleId);
            q.setInt(2, start);
            q.setInt(3, end);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) existing = rs.getLong(1);
            }
        }
        long statementId;
        if (existing != null) {
            statementId = existing;
            touched.speakers.add(speakerOf(c, statementId));
            touched.topics.addAll(topicsOf(c, statementId));
            try (PreparedStatement u = c.prepareStatement("UPDATE statement SET speaker_id = ?, mode = ?, reviewed = TRUE WHERE id = ?")) {
                u.setLong(1, speaker.get());
                u.setString(2, change.mode().code());
                u.setLong(3, statementId);
                u.executeUpdate();
            }
        } else {
            statementId = ids.next(c, "statement_seq");
            try (PreparedStatement i = c.prepareStatement("INSERT INTO statement (id, article_id, speaker_id, mode, content_text, content_start, "
                    + "content_end, sentence_number, said_on, reviewed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)")) {
                i.setLong(1, statementId);
                i.setLong(2, articleId);
                i.setLong(3, speaker.get());
                i.setString(4, change.mode().code());
                i.setString(5, key.text());
                i.setInt(6, start);
                i.setInt(7, end);
                i.setInt(8, SentenceNumbers.at(body, start));
                i.setDate(9, published);
                i.executeUpdate();
            }
        }
        touched.speakers.add(speaker.get());
        apply(c, statementId, new Change(Kind.TOPICS, null, null, null, change.topics(), null), touched);
        return 1;
    }

    private static Long articleIdOf(Connection c, String contentHash) throws SQLException {
        return single(c, "SELECT id FROM article WHERE content_hash = ?", contentHash).orElse(null);
    }

    private int apply(Connection c, long statementId, Change change, Touched touched) throws SQLException {
        long speaker = speakerOf(c, statementId);
        Set<Long> topics = topicsOf(c, statementId);
        touched.speakers.add(speaker);
        touched.topics.addAll(topics);
        switch (change.kind()) {
            case REJECT -> {
                try (PreparedStatement d = c.prepareStatement("DELETE FROM statement WHERE id = ?")) {
                    d.setLong(1, statementId);
                    d.executeUpdate();
                }
                return 1;
            }
            case SPEAKER -> {
                Optional<Long> actor = actorId(c, change.actorName());
                if (actor.isEmpty()) return 0;
                try (PreparedStatement u = c.prepareStatement("UPDATE statement SET speaker_id = ?, reviewed = TRUE WHERE id = ?")) {
                    u.setLong(1, actor.get());
                    u.setLong(2, statementId);
                    u.executeUpdate();
                }
                touched.speakers.add(actor.get());
            }
            case STANCE -> {
                Optional<Long> topic = topicId(c, change.topicSlug());
                if (topic.isEmpty()) return 0;
                setTopic(c, statementId, topic.get(), change.stance());
                touched.topics.add(topic.get());
                markReviewed(c, statementId);
            }
            case TOPICS -> {
                Map<Long, Stance> wanted = new LinkedHashMap<>();
                for (Map.Entry<String, Stance> e : TopicList.parse(change.topics()).entrySet()) {
                    Optional<Long> topic = topicId(c, e.getKey());
                    if (topic.isPresent()) wanted.put(topic.get(), e.getValue());
                }
                for (long existing : topics) {
                    if (wanted.containsKey(existing)) continue;
                    try (PreparedStatement d = c.prepareStatement("DELETE FROM statement_topic WHERE statement_id = ? AND topic_id = ?")) {
                        d.setLong(1, statementId);
                        d.setLong(2, existing);
                        d.executeUpdate();
                    }
                }
                for (Map.Entry<Long, Stance> e : wanted.entrySet()) setTopic(c, statementId, e.getKey(), e.getValue());
                touched.topics.addAll(wanted.keySet());
                markReviewed(c, statementId);
            }
            default -> throw new IllegalArgumentException(change.kind() + " is not a correction of a statement");
        }
        return 1;
    }

    /** Puts the statement on the topic with the stance (the stance kept when null); a changed stance loses the cue that decided it. */
    private void setTopic(Connection c, long statementId, long topicId, Stance stance) throws SQLException {
        String current = null;
        try (PreparedStatement q = c.prepareStatement("SELECT stance FROM statement_topic WHERE statement_id = ? AND topic_id = ?")) {
            q.setLong(1, statementId);
            q.setLong(2, topicId);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) current = rs.getString(1);
            }
        }
        Stance target = stance == null ? Stance.NEUTRAL : stance;
        if (current == null) {
            try (PreparedStatement i = c.prepareStatement("INSERT INTO statement_topic (id, statement_id, topic_id, stance) VALUES (?, ?, ?, ?)")) {
                i.setLong(1, ids.next(c, "statement_topic_seq"));
                i.setLong(2, statementId);
                i.setLong(3, topicId);
                i.setString(4, target.code());
                i.executeUpdate();
            }
        } else if (stance != null && !current.equals(stance.code())) {
            try (PreparedStatement u = c.prepareStatement("UPDATE statement_topic SET stance = ?, stance_cue_text = NULL, stance_cue_start = NULL, "
                    + "stance_cue_end = NULL WHERE statement_id = ? AND topic_id = ?")) {
                u.setString(1, stance.code());
                u.setLong(2, statementId);
                u.setLong(3, topicId);
                u.executeUpdate();
            }
        }
    }

    private int applyActorChange(Connection c, Change change, Touched touched, OffsetDateTime now) throws SQLException {
        Optional<Long> target = actorId(c, change.kind() == Kind.MERGE ? change.otherName() : change.actorName());
        if (target.isEmpty()) return 0;
        if (change.kind() == Kind.MERGE) {
            Optional<Long> merged = actorByName(c, change.actorName());
            int moved = merged.isPresent() && !merged.get().equals(target.get()) ? merge(c, merged.get(), target.get(), touched) : 0;
            addAlias(c, target.get(), change.actorName());
            return moved;
        }
        String alias = change.otherName();
        Optional<Long> named = actorByName(c, alias);
        int moved = named.isPresent() && !named.get().equals(target.get()) ? merge(c, named.get(), target.get(), touched) : 0;
        addAlias(c, target.get(), alias);
        return moved;
    }

    /** Folds one actor into another: its statements, members and aliases move, then it goes. */
    private int merge(Connection c, long from, long into, Touched touched) throws SQLException {
        touched.speakers.add(from);
        touched.speakers.add(into);
        touched.actorsToRecompute.addAll(PositionLedger.selfAndPrincipals(c, from));
        try (PreparedStatement q = c.prepareStatement("SELECT DISTINCT st.topic_id FROM statement s JOIN statement_topic st ON st.statement_id = s.id "
                + "WHERE s.speaker_id = ? UNION SELECT topic_id FROM position WHERE actor_id = ?")) {
            q.setLong(1, from);
            q.setLong(2, from);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) touched.topics.add(rs.getLong(1));
            }
        }
        int moved = update(c, "UPDATE statement SET speaker_id = ? WHERE speaker_id = ?", into, from);
        update(c, "UPDATE actor SET speaks_for_id = NULL WHERE id = ? AND speaks_for_id = ?", into, from);
        update(c, "UPDATE actor SET speaks_for_id = ? WHERE speaks_for_id = ?", into, from);
        update(c, "UPDATE actor_alias SET actor_id = ? WHERE actor_id = ?", into, from);
        try (PreparedStatement d = c.prepareStatement("DELETE FROM actor WHERE id = ?")) {
            d.setLong(1, from);
            d.executeUpdate();
        }
        touched.speakers.remove(from);
        touched.actorsToRecompute.remove(from);
        return moved;
    }

    private void addAlias(Connection c, long actorId, String alias) throws SQLException {
        String key = Codebook.key(alias);
        try (PreparedStatement u = c.prepareStatement("UPDATE actor_alias SET actor_id = ?, origin = 'review' WHERE alias_key = ?")) {
            u.setLong(1, actorId);
            u.setString(2, key);
            if (u.executeUpdate() > 0) return;
        }
        if (actorByName(c, alias).isPresent()) return; // the actor's own name
        try (PreparedStatement i = c.prepareStatement("INSERT INTO actor_alias (id, actor_id, alias, alias_key, origin) VALUES (?, ?, ?, ?, 'review')")) {
            i.setLong(1, ids.next(c, "actor_alias_seq"));
            i.setLong(2, actorId);
            i.setString(3, alias.strip());
            i.setString(4, key);
            i.executeUpdate();
        }
    }

    private long insert(Connection c, StatementKey key, Long statementId, Change change, String reason, String by, OffsetDateTime now) throws SQLException {
        long id = ids.next(c, "correction_seq");
        try (PreparedStatement i = c.prepareStatement("INSERT INTO correction (id, kind, article_hash, file_name, content_start, content_end, "
                + "content_text, actor_name, other_name, topic_slug, topics, stance, reason, created_by, created_at, mode, statement_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            i.setLong(1, id);
            i.setString(2, change.kind().code());
            i.setString(3, key == null ? null : key.articleHash());
            i.setString(4, key == null ? null : key.fileName());
            i.setObject(5, key == null ? null : key.start(), java.sql.Types.INTEGER);
            i.setObject(6, key == null ? null : key.end(), java.sql.Types.INTEGER);
            i.setString(7, key == null ? null : key.text());
            i.setString(8, change.actorName());
            i.setString(9, change.otherName());
            i.setString(10, change.topicSlug());
            i.setString(11, change.topics());
            i.setString(12, change.stance() == null ? null : change.stance().code());
            i.setString(13, reason);
            i.setString(14, by);
            i.setObject(15, now);
            i.setString(16, change.mode() == null ? null : change.mode().code());
            i.setObject(17, statementId, java.sql.Types.BIGINT);
            i.executeUpdate();
        }
        return id;
    }

    /** An actor by its own name or an alias. */
    public static Optional<Long> actorId(Connection c, String name) throws SQLException {
        return ActorLookup.byNameOrAlias(c, name);
    }

    private static Optional<Long> actorByName(Connection c, String name) throws SQLException {
        return ActorLookup.byName(c, name);
    }

    /** A topic by slug or label, matched as every command matches topic names (case, spaces, hyphens do not matter). */
    public static Optional<Long> topicId(Connection c, String slugOrLabel) throws SQLException {
        String key = org.positionstracker.query.TrackerQueries.topicKey(slugOrLabel);
        try (PreparedStatement q = c.prepareStatement("SELECT id, slug, label FROM topic ORDER BY slug"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String slugKey = org.positionstracker.query.TrackerQueries.topicKey(rs.getString(2));
                if (slugKey.equals(key) || org.positionstracker.query.TrackerQueries.topicKey(rs.getString(3)).equals(key)) return Optional.of(rs.getLong(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> single(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, value);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static long speakerOf(Connection c, long statementId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT speaker_id FROM statement WHERE id = ?")) {
            q.setLong(1, statementId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) throw new SQLException("statement " + statementId + " does not exist");
                return rs.getLong(1);
            }
        }
    }

    private static Set<Long> topicsOf(Connection c, long statementId) throws SQLException {
        Set<Long> topics = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT topic_id FROM statement_topic WHERE statement_id = ?")) {
            q.setLong(1, statementId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) topics.add(rs.getLong(1));
            }
        }
        return topics;
    }

    private static void markReviewed(Connection c, long statementId) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE statement SET reviewed = TRUE WHERE id = ?")) {
            u.setLong(1, statementId);
            u.executeUpdate();
        }
    }

    private static int update(Connection c, String sql, long a, long b) throws SQLException {
        try (PreparedStatement u = c.prepareStatement(sql)) {
            u.setLong(1, a);
            u.setLong(2, b);
            return u.executeUpdate();
        }
    }

    /** The speakers and topics a correction touched, whose positions are recomputed once at the end. */
    private static final class Touched {
        final Set<Long> speakers = new HashSet<>();
        final Set<Long> actorsToRecompute = new HashSet<>();
        final Set<Long> topics = new HashSet<>();

        int recompute(Connection c, PositionLedger positions) throws SQLException {
            Set<Long> actors = new HashSet<>(actorsToRecompute);
            for (long speaker : speakers) actors.addAll(PositionLedger.selfAndPrincipals(c, speaker));
            positions.recompute(c, actors, topics);
            return actors.isEmpty() || topics.isEmpty() ? 0 : actors.size() * topics.size();
        }
    }
}
