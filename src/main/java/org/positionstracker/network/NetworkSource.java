package org.positionstracker.network;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.positionstracker.db.Database;
import org.positionstracker.db.Sql;
import org.positionstracker.network.StatementStance.ActorRef;
import org.positionstracker.query.TrackerQueries;
import org.positionstracker.query.Names;
import org.positionstracker.query.Views.ActorView;
import org.positionstracker.topic.Stance;

/**
 * Reads the statements a network is built from: the rows of the reporting view
 * {@code v_statement_topic} that have a topic, filtered by topic and date with JDBC parameters,
 * on the database's read-only connection.
 */
final class NetworkSource {
    private static final String COLUMNS = "statement_id, speaker_id, speaker, speaker_kind, speaks_for_id, speaks_for, topic, topic_label, stance, said_on, claim";

    private final Database db;

    NetworkSource(Database db) {
        this.db = db;
    }

    /**
     * The slugs of the named topics, each once. A topic is named by its slug or label in any case,
     * with spaces, hyphens or underscores between words (as {@code statements --topic} takes it).
     */
    List<String> topicSlugs(List<String> names) {
        if (names.isEmpty()) return List.of();
        return onReadOnlyConnection(c -> {
            Set<String> slugs = new LinkedHashSet<>();
            for (String name : names) slugs.add(Names.topic(c, name).slug());
            return List.copyOf(slugs);
        });
    }

    /**
     * Feeds {@code sink} every statement stance on the given topics (all when empty) said within
     * the request's dates, in statement id order.
     */
    void read(List<String> topicSlugs, NetworkRequest request, Consumer<StatementStance> sink) {
        // The view names the actor a speaker speaks for but not its kind: take that from the actor list.
        Map<String, String> kinds = request.rollUp() ? actorKinds() : Map.of();
        List<Object> parameters = new ArrayList<>();
        String where = where(topicSlugs, parameters);
        if (request.from() != null) {
            where += " AND said_on >= ?";
            parameters.add(request.from());
        }
        if (request.to() != null) {
            where += " AND said_on <= ?";
            parameters.add(request.to());
        }
        String sql = "SELECT " + COLUMNS + " FROM v_statement_topic WHERE " + where + " ORDER BY statement_id, topic";
        onReadOnlyConnection(c -> {
            Sql.each(c, sql, rs -> {
                long speaksForId = rs.getLong("speaks_for_id");
                ActorRef speaksFor = rs.wasNull() ? null
                        : new ActorRef(speaksForId, rs.getString("speaks_for"), kinds.get(rs.getString("speaks_for")));
                sink.accept(new StatementStance(rs.getLong("statement_id"),
                        new ActorRef(rs.getLong("speaker_id"), rs.getString("speaker"), rs.getString("speaker_kind")),
                        speaksFor, rs.getString("topic"), rs.getString("topic_label"), Stance.fromCode(rs.getString("stance")),
                        rs.getObject("said_on", LocalDate.class), rs.getString("claim")));
            }, parameters.toArray());
            return null;
        });
    }

    /** Statements on the given topics (all when empty) that have no date, which a date filter leaves out. */
    long undated(List<String> topicSlugs) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT COUNT(DISTINCT statement_id) FROM v_statement_topic WHERE " + where(topicSlugs, parameters) + " AND said_on IS NULL";
        return onReadOnlyConnection(c -> Sql.first(c, sql, rs -> rs.getLong(1), parameters.toArray()).orElseThrow());
    }

    private static String where(List<String> topicSlugs, List<Object> parameters) {
        String where = "topic IS NOT NULL";
        if (!topicSlugs.isEmpty()) {
            where += " AND topic IN (" + String.join(", ", topicSlugs.stream().map(t -> "?").toList()) + ")";
            parameters.addAll(topicSlugs);
        }
        return where;
    }

    private Map<String, String> actorKinds() {
        Map<String, String> kinds = new HashMap<>();
        for (ActorView a : new TrackerQueries(db.transactions()).actors()) kinds.put(a.name(), a.kind());
        return kinds;
    }

    private interface Reading<T> {
        T apply(Connection c) throws SQLException;
    }

    /** Runs {@code reading} on the database's read-only connection. */
    private <T> T onReadOnlyConnection(Reading<T> reading) {
        try (Connection c = db.readOnlyConnection()) {
            return reading.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("reading v_statement_topic failed: " + e.getMessage(), e);
        }
    }
}
