package org.positionstracker.overview;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.positionstracker.actor.ActorHierarchy;
import org.positionstracker.actor.ActorLookup;
import org.positionstracker.db.Sql;
import org.positionstracker.overview.Overview.ArticleEntry;
import org.positionstracker.overview.Overview.Cell;
import org.positionstracker.overview.Overview.Conflict;
import org.positionstracker.overview.Overview.Side;
import org.positionstracker.overview.Overview.StatementEntry;
import org.positionstracker.overview.Overview.Topic;
import org.positionstracker.overview.Overview.TopicStance;
import org.positionstracker.position.StanceTally;
import org.positionstracker.query.Names;
import org.positionstracker.topic.Stance;
import org.positionstracker.topic.TopicLookup;
import org.positionstracker.topic.TopicLookup.TopicRef;

/**
 * Reads the overview through the reporting views (v_position_matrix, v_conflict,
 * v_statement_topic) on a read-only connection; names are resolved against the topic, actor and
 * actor_alias tables, and a position's statements come from position_evidence.
 *
 * <p>Without a date filter the matrix and the conflicts are the views' rows. With one, each
 * position is recounted over its statements said in the range (with the same rule as the importer,
 * {@link StanceTally}), and the conflicts are the recounted positions leaning opposite ways.
 */
public final class OverviewReader {
    private final Connection connection;

    public OverviewReader(Connection connection) {
        this.connection = connection;
    }

    public Overview read(String database, OverviewFilter filter) throws SQLException {
        List<Topic> requestedTopics = new ArrayList<>();
        for (String name : filter.topics()) {
            Topic t = topic(name);
            if (!requestedTopics.contains(t)) requestedTopics.add(t);
        }
        Set<String> topicSlugs = new LinkedHashSet<>(requestedTopics.stream().map(Topic::slug).toList());
        Set<Long> actorIds = filter.actor() == null ? null : ActorHierarchy.selfAndMembers(actorId(filter.actor()), ids -> ActorLookup.membersOf(connection, ids));

        List<Cell> positions = positions(topicSlugs, filter);
        List<Cell> cells = positions.stream().filter(c -> actorIds == null || actorIds.contains(c.actorId())).toList();
        List<Conflict> conflicts = filter.dated() ? recountedConflicts(positions) : conflicts(topicSlugs, positions);
        if (!filter.allLevels()) {
            Set<String> members = ActorLookup.speakingForOthers(connection);
            conflicts = conflicts.stream().filter(c -> !members.contains(c.a().actor()) && !members.contains(c.b().actor())).toList();
        }
        if (actorIds != null) {
            Set<String> names = new TreeSet<>(cells.stream().map(Cell::actor).toList());
            names.addAll(actorNames(actorIds));
            conflicts = conflicts.stream().filter(c -> names.contains(c.a().actor()) || names.contains(c.b().actor())).toList();
        }

        List<Topic> columns = requestedTopics.isEmpty() ? topicsOf(cells) : requestedTopics;
        List<String> rows = cells.stream().map(Cell::actor).distinct()
                .sorted(Comparator.comparing((String a) -> a.toLowerCase(Locale.ROOT)).thenComparing(a -> a)).toList();
        List<ArticleEntry> articles = statements(topicSlugs, actorIds, filter);
        return new Overview(database, Instant.now(), filter, totals(), columns, rows, cells, conflicts, articles);
    }

    /** The article's stored text, which statement offsets index into. */
    public String body(long articleId) throws SQLException {
        return Sql.first(connection, "SELECT body FROM article WHERE id = ?", rs -> rs.getString(1), articleId)
                .orElseThrow(() -> new IllegalStateException("article " + articleId + " disappeared while the overview was written"));
    }

    // --- names

    private Topic topic(String name) throws SQLException {
        TopicRef topic = Names.topic(connection, name);
        return new Topic(topic.slug(), topic.label(), topic.claim());
    }

    private long actorId(String name) throws SQLException {
        return Names.actorId(connection, name);
    }

    private List<String> actorNames(Set<Long> ids) throws SQLException {
        return Sql.list(connection, "SELECT canonical_name FROM actor WHERE id IN (" + Sql.marks(ids.size()) + ")", rs -> rs.getString(1), ids.toArray());
    }

    // --- positions and conflicts

    private record Evidence(long statementId, String stance, long speakerId, LocalDate saidOn) {
    }

    private List<Cell> positions(Set<String> topics, OverviewFilter filter) throws SQLException {
        String where = topics.isEmpty() ? "" : " WHERE m.topic IN (" + Sql.marks(topics.size()) + ")";
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        Sql.each(connection, "SELECT m.position_id, st.statement_id, st.stance, st.speaker_id, st.said_on"
                + " FROM v_position_matrix m"
                + " JOIN position_evidence pe ON pe.position_id = m.position_id"
                + " JOIN v_statement_topic st ON st.statement_id = pe.statement_id AND st.topic = m.topic" + where
                + " ORDER BY m.position_id, st.article_id, st.content_start, st.statement_id", rs -> {
            LocalDate saidOn = rs.getObject(5, LocalDate.class);
            if (filter.includes(saidOn))
                evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Evidence(rs.getLong(2), rs.getString(3), rs.getLong(4), saidOn));
        }, topics.toArray());
        List<Cell> cells = new ArrayList<>();
        Sql.each(connection, "SELECT m.position_id, m.actor_id, m.actor, m.actor_kind, m.topic, m.topic_label, m.stance, m.statements,"
                + " m.own_statements, m.supports, m.opposes, m.conditional, m.demands, m.neutral, m.first_said_on, m.last_said_on"
                + " FROM v_position_matrix m" + where + " ORDER BY m.actor, m.topic", rs -> {
            long positionId = rs.getLong(1);
            long actorId = rs.getLong(2);
            List<Evidence> ev = evidence.getOrDefault(positionId, List.of());
            if (!filter.dated()) {
                cells.add(new Cell(positionId, actorId, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14),
                        rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class), ev.stream().map(Evidence::statementId).toList()));
            } else if (!ev.isEmpty()) {
                cells.add(recount(positionId, actorId, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), ev));
            }
        }, topics.toArray());
        return cells;
    }

    private static Cell recount(long positionId, long actorId, String actor, String kind, String topic, String label, List<Evidence> ev) {
        StanceTally tally = new StanceTally();
        LocalDate first = null;
        LocalDate last = null;
        for (Evidence e : ev) {
            tally.add(Stance.fromCode(e.stance()), e.speakerId() == actorId);
            if (first == null || e.saidOn().isBefore(first)) first = e.saidOn();
            if (last == null || e.saidOn().isAfter(last)) last = e.saidOn();
        }
        return new Cell(positionId, actorId, actor, kind, topic, label, tally.dominant().code(), tally.total(), tally.own(),
                tally.count(Stance.SUPPORTS), tally.count(Stance.OPPOSES), tally.count(Stance.CONDITIONAL),
                tally.count(Stance.DEMANDS), tally.count(Stance.NEUTRAL), first, last,
                ev.stream().map(Evidence::statementId).toList());
    }

    private List<Conflict> conflicts(Set<String> topics, List<Cell> positions) throws SQLException {
        Map<String, Cell> byActorAndTopic = new HashMap<>();
        for (Cell c : positions) byActorAndTopic.put(c.actor() + "\u0000" + c.topic(), c);
        return Sql.list(connection, "SELECT topic, topic_label, actor_a, stance_a, statements_a, leaning_a, actor_b, stance_b, statements_b, leaning_b"
                + " FROM v_conflict" + (topics.isEmpty() ? "" : " WHERE topic IN (" + Sql.marks(topics.size()) + ")")
                + " ORDER BY statements DESC, topic, actor_a, actor_b", rs -> {
            String topic = rs.getString(1);
            Side a = side(byActorAndTopic, topic, rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6));
            Side b = side(byActorAndTopic, topic, rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10));
            return new Conflict(topic, rs.getString(2), a, b);
        }, topics.toArray());
    }

    private static Side side(Map<String, Cell> positions, String topic, String actor, String stance, int statements, int leaning) {
        Cell c = positions.get(actor + "\u0000" + topic);
        return new Side(actor, stance, statements, leaning, c == null ? List.of() : c.evidence());
    }

    /** The rule of v_conflict, applied to positions recounted over a date range. */
    private static List<Conflict> recountedConflicts(List<Cell> positions) {
        List<Conflict> out = new ArrayList<>();
        for (Cell x : positions) {
            for (Cell y : positions) {
                if (!x.topic().equals(y.topic()) || x.actor().compareTo(y.actor()) >= 0) continue;
                if (Stance.fromCode(x.stance()).opposes(Stance.fromCode(y.stance())))
                    out.add(new Conflict(x.topic(), x.topicLabel(), recountedSide(x), recountedSide(y)));
            }
        }
        out.sort(Comparator.comparingInt((Conflict c) -> -(c.a().statements() + c.b().statements()))
                .thenComparing(Conflict::topic).thenComparing(c -> c.a().actor()).thenComparing(c -> c.b().actor()));
        return out;
    }

    private static Side recountedSide(Cell c) {
        int leaning = c.stance().equals("opposes") ? c.opposes() : c.supports() + c.demands() + c.conditional();
        return new Side(c.actor(), c.stance(), c.statements(), leaning, c.evidence());
    }

    private List<Topic> topicsOf(List<Cell> cells) throws SQLException {
        Map<String, String> claims = new HashMap<>();
        for (TopicRef t : TopicLookup.all(connection)) claims.put(t.slug(), t.claim());
        Map<String, Topic> topics = new LinkedHashMap<>();
        for (Cell c : cells) topics.putIfAbsent(c.topic(), new Topic(c.topic(), c.topicLabel(), claims.get(c.topic())));
        return topics.values().stream()
                .sorted(Comparator.comparing((Topic t) -> t.label().toLowerCase(Locale.ROOT)).thenComparing(Topic::slug)).toList();
    }

    // --- statements

    private List<ArticleEntry> statements(Set<String> topics, Set<Long> speakers, OverviewFilter filter) throws SQLException {
        List<String> where = new ArrayList<>();
        if (speakers != null) where.add("speaker_id IN (" + Sql.marks(speakers.size()) + ")");
        if (filter.from() != null) where.add("said_on >= ?");
        if (filter.to() != null) where.add("said_on <= ?");
        String sql = "SELECT statement_id, article_id, article_file, article_title, outlet, article_url, published_on, said_on,"
                + " speaker, speaks_for, mode, topic, topic_label, stance, text, content_start, content_end, cue, reviewed"
                + " FROM v_statement_topic" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY article_id, content_start, content_end, statement_id, topic";
        Map<Long, ArticleEntry> articles = new LinkedHashMap<>();
        Map<Long, StatementEntry> statements = new LinkedHashMap<>();
        Map<Long, Long> articleOf = new HashMap<>();
        List<Object> parameters = new ArrayList<>(speakers == null ? List.of() : speakers);
        if (filter.from() != null) parameters.add(filter.from());
        if (filter.to() != null) parameters.add(filter.to());
        Sql.each(connection, sql, rs -> {
            long id = rs.getLong(1);
            long articleId = rs.getLong(2);
            if (!articles.containsKey(articleId))
                articles.put(articleId, new ArticleEntry(articleId, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), new ArrayList<>()));
            StatementEntry s = statements.get(id);
            if (s == null) {
                s = new StatementEntry(id, rs.getInt(16), rs.getInt(17), rs.getString(15), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getString(18), rs.getObject(8, LocalDate.class), rs.getBoolean(19), new ArrayList<>());
                statements.put(id, s);
                articleOf.put(id, articleId);
            }
            String topic = rs.getString(12);
            if (topic != null) s.topics().add(new TopicStance(topic, rs.getString(13), rs.getString(14)));
        }, parameters.toArray());
        for (StatementEntry s : statements.values()) {
            if (!topics.isEmpty() && s.topics().stream().noneMatch(t -> topics.contains(t.topic()))) continue;
            articles.get(articleOf.get(s.id())).statements().add(s);
        }
        return articles.values().stream().filter(a -> !a.statements().isEmpty()).toList();
    }

    private Overview.Totals totals() throws SQLException {
        return Sql.first(connection, "SELECT (SELECT COUNT(*) FROM article), (SELECT COUNT(DISTINCT statement_id) FROM v_statement_topic)",
                rs -> new Overview.Totals(rs.getLong(1), rs.getLong(2))).orElseThrow();
    }
}
