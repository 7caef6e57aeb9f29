package org.positionstracker.review;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.positionstracker.actor.ActorLookup;
import org.positionstracker.actor.ActorNames;
import org.positionstracker.db.IdBlocks;
import org.positionstracker.position.PositionLedger;
import org.positionstracker.topic.Stance;
import org.positionstracker.topic.TopicLookup;

/**
 * Applies corrections to the stored record, with JDBC in the caller's transaction, noting the
 * speakers and topics they touch so their positions are recomputed once at the end
 * ({@link Touched#recompute}). Applying is idempotent.
 */
final class CorrectionApplier {
    private final IdBlocks ids;
    private final SentenceNumbering sentences;

    CorrectionApplier(IdBlocks ids, SentenceNumbering sentences) {
        this.ids = ids;
        this.sentences = sentences;
    }

    /** Applies a correction to the statement with this id; returns 1 when it applied, 0 when what it names does not exist. */
    int apply(Connection c, long statementId, Correction.OfStatement correction, Touched touched) throws SQLException {
        speakerOf(c, statementId).ifPresent(touched.speakers::add);
        Set<Long> topics = topicsOf(c, statementId);
        touched.topics.addAll(topics);
        return correction.match(new Correction.Cases<Integer>() {
            public Integer reject(Correction.Reject reject) throws SQLException {
                try (PreparedStatement d = c.prepareStatement("DELETE FROM statement WHERE id = ?")) {
                    d.setLong(1, statementId);
                    d.executeUpdate();
                }
                return 1;
            }

            public Integer speaker(Correction.Speaker speaker) throws SQLException {
                Optional<Long> actor = ActorLookup.byNameOrAlias(c, speaker.actorName());
                if (actor.isEmpty()) return 0;
                try (PreparedStatement u = c.prepareStatement("UPDATE statement SET speaker_id = ?, reviewed = TRUE WHERE id = ?")) {
                    u.setLong(1, actor.get());
                    u.setLong(2, statementId);
                    u.executeUpdate();
                }
                touched.speakers.add(actor.get());
                return 1;
            }

            public Integer stance(Correction.StanceOn stance) throws SQLException {
                Optional<Long> topic = topicId(c, stance.topicSlug());
                if (topic.isEmpty()) return 0;
                setTopic(c, statementId, topic.get(), stance.stance());
                touched.topics.add(topic.get());
                markReviewed(c, statementId);
                return 1;
            }

            public Integer topics(Correction.Topics list) throws SQLException {
                Map<Long, Stance> wanted = new LinkedHashMap<>();
                for (Map.Entry<String, Stance> e : TopicList.parse(list.topics()).entrySet()) {
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
                return 1;
            }
        });
    }

    /**
     * Puts an analyst's statement into the article: where a statement with exactly its text span
     * exists, that statement gets its speaker and topics; otherwise a new statement is stored. In
     * an edited file (other hash) the span is found again by the text's first occurrence.
     * Returns 1 when it applied, 0 when the article, the text or the speaker is not there.
     */
    int add(Connection c, StatementKey key, Long articleId, Correction.Add add, Touched touched) throws SQLException {
        if (articleId == null) return 0;
        String body;
        String hash;
        Date published;
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
        Optional<Long> speaker = ActorLookup.byNameOrAlias(c, add.actorName());
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
            speakerOf(c, statementId).ifPresent(touched.speakers::add);
            touched.topics.addAll(topicsOf(c, statementId));
            try (PreparedStatement u = c.prepareStatement("UPDATE statement SET speaker_id = ?, mode = ?, reviewed = TRUE WHERE id = ?")) {
                u.setLong(1, speaker.get());
                u.setString(2, add.mode().code());
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
                i.setString(4, add.mode().code());
                i.setString(5, key.text());
                i.setInt(6, start);
                i.setInt(7, end);
                i.setInt(8, sentences.at(body, start));
                i.setDate(9, published);
                i.executeUpdate();
            }
        }
        touched.speakers.add(speaker.get());
        apply(c, statementId, new Correction.Topics(add.topics()), touched);
        return 1;
    }

    /** Joins the two names of a merge or alias: the actor of the joined name, if another, is folded into the kept one. Returns the statements moved. */
    int apply(Connection c, Correction.OfActors correction, Touched touched) throws SQLException {
        Optional<Long> target = ActorLookup.byNameOrAlias(c, correction.kept());
        if (target.isEmpty()) return 0;
        Optional<Long> named = ActorLookup.byName(c, correction.joined());
        int moved = named.isPresent() && !named.get().equals(target.get()) ? merge(c, named.get(), target.get(), touched) : 0;
        addAlias(c, target.get(), correction.joined());
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
        String key = ActorNames.key(alias);
        try (PreparedStatement u = c.prepareStatement("UPDATE actor_alias SET actor_id = ?, origin = 'review' WHERE alias_key = ?")) {
            u.setLong(1, actorId);
            u.setString(2, key);
            if (u.executeUpdate() > 0) return;
        }
        if (ActorLookup.byName(c, alias).isPresent()) return; // the actor's own name
        try (PreparedStatement i = c.prepareStatement("INSERT INTO actor_alias (id, actor_id, alias, alias_key, origin) VALUES (?, ?, ?, ?, 'review')")) {
            i.setLong(1, ids.next(c, "actor_alias_seq"));
            i.setLong(2, actorId);
            i.setString(3, alias.strip());
            i.setString(4, key);
            i.executeUpdate();
        }
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

    private static Optional<Long> topicId(Connection c, String slugOrLabel) throws SQLException {
        return TopicLookup.byName(c, slugOrLabel).map(TopicLookup.TopicRef::id);
    }

    /** The statement's speaker; empty for an unattributed statement (speaker_id NULL), which is nobody's position. */
    private static Optional<Long> speakerOf(Connection c, long statementId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT speaker_id FROM statement WHERE id = ?")) {
            q.setLong(1, statementId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) throw new SQLException("statement " + statementId + " does not exist");
                long speaker = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(speaker);
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

    /** The speakers and topics corrections touched, whose positions are recomputed once at the end. */
    static final class Touched {
        final Set<Long> speakers = new HashSet<>();
        final Set<Long> actorsToRecompute = new HashSet<>();
        final Set<Long> topics = new HashSet<>();

        /** Recomputes the positions touched; returns how many actor-topic pairs that covered. */
        int recompute(Connection c, PositionLedger positions) throws SQLException {
            Set<Long> actors = new HashSet<>(actorsToRecompute);
            for (long speaker : speakers) actors.addAll(PositionLedger.selfAndPrincipals(c, speaker));
            positions.recompute(c, actors, topics);
            return actors.isEmpty() || topics.isEmpty() ? 0 : actors.size() * topics.size();
        }
    }
}
