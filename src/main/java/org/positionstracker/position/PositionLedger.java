package org.positionstracker.position;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.positionstracker.actor.ActorHierarchy;
import org.positionstracker.actor.ActorLookup;
import org.positionstracker.db.IdBlocks;
import org.positionstracker.topic.Stance;

/**
 * Keeps the position table in step with the statements. An actor's position on a topic rests on
 * its own statements and those of every actor that speaks for it (directly or through others);
 * a new article adds its statements to the positions they evidence ({@link #add}), with the
 * position rows locked so concurrent writers cannot lose counts; replacing an article recomputes
 * the positions it fed from scratch ({@link #recompute}).
 */
public final class PositionLedger {
    /** One statement as evidence of one actor's position on one topic. */
    public record Evidence(long actorId, long topicId, long statementId, Stance stance, boolean own) {
    }

    private record Pair(long actorId, long topicId) {
    }

    private static final String COUNT_COLUMNS =
            "statement_count, own_statement_count, supports_count, opposes_count, conditional_count, demands_count, neutral_count";

    private final IdBlocks ids;

    public PositionLedger(IdBlocks ids) {
        this.ids = ids;
    }

    public void add(Connection c, List<Evidence> evidence) throws SQLException {
        if (evidence.isEmpty()) return;
        Map<Pair, StanceTally> deltas = new LinkedHashMap<>();
        Map<Pair, List<Long>> statements = new HashMap<>();
        for (Evidence e : evidence) {
            Pair pair = new Pair(e.actorId(), e.topicId());
            deltas.computeIfAbsent(pair, p -> new StanceTally()).add(e.stance(), e.own());
            statements.computeIfAbsent(pair, p -> new ArrayList<>()).add(e.statementId());
        }
        Map<Pair, Long> positionIds = new HashMap<>();
        Map<Pair, StanceTally> existing = lockExisting(c, deltas.keySet(), positionIds);
        try (PreparedStatement update = c.prepareStatement("UPDATE position SET stance = ?, statement_count = ?, own_statement_count = ?, "
                + "supports_count = ?, opposes_count = ?, conditional_count = ?, demands_count = ?, neutral_count = ? WHERE id = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO position (stance, " + COUNT_COLUMNS + ", actor_id, topic_id, id) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Pair, StanceTally> delta : deltas.entrySet()) {
                Pair pair = delta.getKey();
                StanceTally tally = existing.getOrDefault(pair, new StanceTally());
                tally.addAll(delta.getValue());
                if (positionIds.containsKey(pair)) {
                    bindCounts(update, tally);
                    update.setLong(9, positionIds.get(pair));
                    update.addBatch();
                } else {
                    long id = ids.next(c, "position_seq");
                    positionIds.put(pair, id);
                    bindCounts(insert, tally);
                    insert.setLong(9, pair.actorId());
                    insert.setLong(10, pair.topicId());
                    insert.setLong(11, id);
                    insert.addBatch();
                }
            }
            update.executeBatch();
            insert.executeBatch();
        }
        insertEvidence(c, positionIds, statements);
    }

    /** Rebuilds the positions of these actors on these topics from the statements now stored. */
    public void recompute(Connection c, Set<Long> actorIds, Set<Long> topicIds) throws SQLException {
        if (actorIds.isEmpty() || topicIds.isEmpty()) return;
        List<Evidence> evidence = new ArrayList<>();
        for (long actorId : actorIds) {
            Set<Long> members = ActorHierarchy.selfAndMembers(actorId, ids -> ActorLookup.membersOf(c, ids));
            for (long topicId : topicIds) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM position WHERE actor_id = ? AND topic_id = ?")) {
                    delete.setLong(1, actorId);
                    delete.setLong(2, topicId);
                    delete.executeUpdate();
                }
                String in = members.stream().map(String::valueOf).collect(Collectors.joining(","));
                try (PreparedStatement q = c.prepareStatement("SELECT s.id, st.stance, s.speaker_id FROM statement_topic st "
                        + "JOIN statement s ON s.id = st.statement_id WHERE st.topic_id = ? AND s.speaker_id IN (" + in + ")")) {
                    q.setLong(1, topicId);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next())
                            evidence.add(new Evidence(actorId, topicId, rs.getLong(1), Stance.fromCode(rs.getString(2)), rs.getLong(3) == actorId));
                    }
                }
            }
        }
        add(c, evidence);
    }

    /**
     * Rebuilds every position whose count disagrees with its evidence, and the positions of topic
     * assignments that are evidence of no position of their speaker: what a commit that failed half
     * way (a full disk) can leave besides the articles it wrote. Scans every position and topic
     * assignment, so it runs only after such a failure. Returns the positions rebuilt.
     */
    public int repairDrift(Connection c) throws SQLException {
        Set<Pair> drifted = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT p.actor_id, p.topic_id FROM position p "
                + "WHERE p.statement_count <> (SELECT COUNT(*) FROM position_evidence e WHERE e.position_id = p.id)");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) drifted.add(new Pair(rs.getLong(1), rs.getLong(2)));
        }
        List<Pair> unevidenced = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT DISTINCT s.speaker_id, st.topic_id FROM statement_topic st "
                + "JOIN statement s ON s.id = st.statement_id WHERE NOT EXISTS (SELECT 1 FROM position_evidence e "
                + "JOIN position p ON p.id = e.position_id WHERE e.statement_id = s.id AND p.actor_id = s.speaker_id AND p.topic_id = st.topic_id)");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) unevidenced.add(new Pair(rs.getLong(1), rs.getLong(2)));
        }
        for (Pair pair : unevidenced)
            for (long holder : selfAndPrincipals(c, pair.actorId())) drifted.add(new Pair(holder, pair.topicId()));
        for (Pair pair : drifted) recompute(c, Set.of(pair.actorId()), Set.of(pair.topicId()));
        return drifted.size();
    }

    /** The actors whose positions a statement by this speaker evidences: the speaker and everyone it speaks for, up the chain. */
    public static List<Long> selfAndPrincipals(Connection c, long speakerId) throws SQLException {
        List<Long> chain = new ArrayList<>();
        Long current = speakerId;
        try (PreparedStatement q = c.prepareStatement("SELECT speaks_for_id FROM actor WHERE id = ?")) {
            while (current != null && chain.size() <= ActorHierarchy.MAX_DEPTH && !chain.contains(current)) {
                chain.add(current);
                q.setLong(1, current);
                try (ResultSet rs = q.executeQuery()) {
                    long next = rs.next() ? rs.getLong(1) : 0;
                    current = next == 0 ? null : next;
                }
            }
        }
        return chain;
    }

    private static Map<Pair, StanceTally> lockExisting(Connection c, Set<Pair> pairs, Map<Pair, Long> positionIds) throws SQLException {
        Set<Long> actors = new HashSet<>();
        Set<Long> topics = new HashSet<>();
        pairs.forEach(p -> {
            actors.add(p.actorId());
            topics.add(p.topicId());
        });
        String sql = "SELECT id, actor_id, topic_id, " + COUNT_COLUMNS + " FROM position WHERE actor_id IN ("
                + actors.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") AND topic_id IN ("
                + topics.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") FOR UPDATE";
        Map<Pair, StanceTally> found = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                Pair pair = new Pair(rs.getLong(2), rs.getLong(3));
                if (!pairs.contains(pair)) continue;
                positionIds.put(pair, rs.getLong(1));
                StanceTally tally = new StanceTally();
                tally.add(Stance.SUPPORTS, rs.getInt(6), 0);
                tally.add(Stance.OPPOSES, rs.getInt(7), 0);
                tally.add(Stance.CONDITIONAL, rs.getInt(8), 0);
                tally.add(Stance.DEMANDS, rs.getInt(9), 0);
                tally.add(Stance.NEUTRAL, rs.getInt(10), rs.getInt(5));
                found.put(pair, tally);
            }
        }
        return found;
    }

    private static void bindCounts(PreparedStatement ps, StanceTally tally) throws SQLException {
        ps.setString(1, tally.dominant().code());
        ps.setInt(2, tally.total());
        ps.setInt(3, tally.own());
        ps.setInt(4, tally.count(Stance.SUPPORTS));
        ps.setInt(5, tally.count(Stance.OPPOSES));
        ps.setInt(6, tally.count(Stance.CONDITIONAL));
        ps.setInt(7, tally.count(Stance.DEMANDS));
        ps.setInt(8, tally.count(Stance.NEUTRAL));
    }

    private static void insertEvidence(Connection c, Map<Pair, Long> positionIds, Map<Pair, List<Long>> statements) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO position_evidence (position_id, statement_id) VALUES (?, ?)")) {
            for (Map.Entry<Pair, List<Long>> e : statements.entrySet()) {
                long positionId = positionIds.get(e.getKey());
                for (long statementId : e.getValue()) {
                    ps.setLong(1, positionId);
                    ps.setLong(2, statementId);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
