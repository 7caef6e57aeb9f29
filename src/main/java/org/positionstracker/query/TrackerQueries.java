package org.positionstracker.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.positionstracker.actor.ActorHierarchy;
import org.positionstracker.actor.ActorLookup;
import org.positionstracker.db.Sql;
import org.positionstracker.db.Transactions;
import org.positionstracker.query.Views.ActorView;
import org.positionstracker.query.Views.ConflictView;
import org.positionstracker.query.Views.EvidenceView;
import org.positionstracker.query.Views.PositionView;
import org.positionstracker.query.Views.SpanView;
import org.positionstracker.query.Views.StatementView;
import org.positionstracker.query.Views.TopicView;
import org.positionstracker.topic.Stance;

/**
 * The questions users ask of the tracker, answered as read-only records in read-only
 * transactions: statements by topic, actor, mode or article; positions; conflicts; actors; topics.
 * Plain SQL over JDBC: a read command then never starts Hibernate, which would be most of its
 * start-up time (README, benchmarks: "read commands").
 */
public final class TrackerQueries {
    private static final int IN_CHUNK = 500;

    private final Transactions transactions;

    public TrackerQueries(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Statements in the order they were imported (article by article, in text order), so a page
     * is read straight off the (topic, statement) or (speaker, statement) index and the database
     * stops after the page instead of sorting every match.
     */
    public List<StatementView> statements(StatementFilter filter) {
        return read(c -> {
            String select = """
                    SELECT s.id, a.file_name, sp.canonical_name, sp.kind, pf.canonical_name, s.mode, s.content_text,
                           s.content_start, s.content_end, s.speaker_mention_text, s.speaker_mention_start, s.speaker_mention_end,
                           s.cue_text, s.cue_start, s.cue_end, s.sentence_number, s.said_on, s.reviewed, a.title, a.outlet, a.url, s.rule""";
            StringBuilder sql = new StringBuilder(select);
            List<Object> params = new ArrayList<>();
            // attributed statements join their speaker; unattributed ones have none, and only they are listed then
            String speakerJoin = (filter.unattributed() ? " LEFT JOIN" : " JOIN") + " actor sp ON sp.id = s.speaker_id LEFT JOIN actor pf ON pf.id = sp.speaks_for_id";
            Long topicId = filter.topic() == null ? null : topicId(c, filter.topic());
            if (topicId != null) {
                sql.append(" FROM statement_topic st JOIN statement s ON s.id = st.statement_id JOIN article a ON a.id = s.article_id")
                        .append(speakerJoin).append(" WHERE st.topic_id = ?");
                params.add(topicId);
            } else {
                sql.append(" FROM statement s JOIN article a ON a.id = s.article_id").append(speakerJoin).append(" WHERE 1 = 1");
            }
            if (filter.unattributed()) sql.append(" AND s.speaker_id IS NULL");
            Set<Long> speakers = null;
            if (filter.actor() != null) {
                long actorId = actorId(c, filter.actor());
                speakers = filter.includeMembers() ? ActorHierarchy.selfAndMembers(actorId, ids -> ActorLookup.membersOf(c, ids)) : Set.of(actorId);
                sql.append(" AND sp.id IN (").append(Sql.marks(speakers.size())).append(")");
                params.addAll(speakers);
            }
            if (filter.mode() != null) {
                sql.append(" AND s.mode = ?");
                params.add(filter.mode().code());
            }
            if (filter.article() != null) {
                sql.append(" AND a.file_name = ?");
                params.add(articleName(c, filter.article()));
            }
            if (filter.search() != null) appendSearch(c, filter.search(), sql, params);
            if (filter.from() != null) {
                sql.append(" AND s.said_on >= ?");
                params.add(filter.from());
            }
            if (filter.to() != null) {
                sql.append(" AND s.said_on <= ?");
                params.add(filter.to());
            }
            List<StatementView> rows;
            if (filter.limit() > 0 && topicId != null && filter.actor() == null && filter.onlyTopicOrActor()) {
                // A page of one topic: the ids come from the (topic_id, statement_id) index alone, which the
                // database reads in order and stops after the page; the rows are fetched for those ids only.
                // (Ordering by both index columns, though topic_id is fixed, is what lets H2 see the index order.)
                List<Long> page = Sql.longs(c, "SELECT statement_id FROM statement_topic WHERE topic_id = ? ORDER BY topic_id, statement_id"
                        + Sql.page(filter.offset(), filter.limit()), topicId);
                rows = rowsFor(c, select, page);
            } else if (filter.limit() > 0 && speakers != null && topicId == null && filter.onlyTopicOrActor()) {
                // A page of one speaker (or of an actor and those who speak for it): each speaker's first ids come
                // off the (speaker_id, id) index in order; merged, the page is the smallest of them.
                int want = filter.offset() + filter.limit();
                java.util.TreeSet<Long> firstIds = new java.util.TreeSet<>();
                for (Long speaker : speakers) {
                    firstIds.addAll(Sql.longs(c, "SELECT id FROM statement WHERE speaker_id = ? ORDER BY speaker_id, id" + Sql.page(0, want), speaker));
                    while (firstIds.size() > want) firstIds.pollLast();
                }
                List<Long> page = firstIds.stream().skip(filter.offset()).toList();
                rows = rowsFor(c, select, page);
            } else {
                sql.append(topicId != null ? " ORDER BY st.topic_id, st.statement_id" : " ORDER BY s.id");
                sql.append(Sql.page(filter.offset(), filter.limit()));
                rows = Sql.list(c, sql.toString(), TrackerQueries::statementRow, params.toArray());
            }
            Map<Long, Map<String, String>> stances = stancesOf(c, rows.stream().map(StatementView::id).toList());
            List<StatementView> views = new ArrayList<>(rows.size());
            for (StatementView r : rows) {
                Map<String, String> st = stances.getOrDefault(r.id(), Map.of());
                views.add(new StatementView(r.id(), r.article(), r.speaker(), r.speakerKind(), r.speakerAffiliation(), r.mode(), r.text(),
                        r.start(), r.end(), r.speakerMention(), r.cue(), r.sentence(), r.saidOn(), List.copyOf(st.keySet()), st, r.reviewed(),
                        r.title(), r.outlet(), r.url(), r.rule()));
            }
            return views;
        });
    }

    /** A row of the statements select, without its topics (filled in afterwards for the whole page). */
    private static StatementView statementRow(ResultSet rs) throws SQLException {
        java.time.LocalDate saidOn = rs.getObject(17, java.time.LocalDate.class);
        return new StatementView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9),
                SpanView.of(rs.getString(10), Sql.integer(rs, 11), Sql.integer(rs, 12)),
                SpanView.of(rs.getString(13), Sql.integer(rs, 14), Sql.integer(rs, 15)), rs.getInt(16),
                saidOn == null ? null : saidOn.toString(), List.of(), Map.of(), rs.getBoolean(18),
                rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22));
    }

    /**
     * Every search word as a whole word of the statement's text. PostgreSQL: its full-text match
     * with the 'simple' configuration, served by the statement_content_words_idx index. H2: a
     * Java regular expression per word; H2's own full-text search is left alone because it needs
     * triggers and tables of its own outside the Flyway-owned schema, rights the read-only user
     * does not have, and would slow every import.
     */
    private static void appendSearch(Connection c, SearchWords search, StringBuilder sql, List<Object> params) throws SQLException {
        if (isPostgres(c)) {
            sql.append(" AND to_tsvector('simple', s.content_text) @@ plainto_tsquery('simple', ?)");
            params.add(search.asPlainQuery());
            return;
        }
        for (String word : search.words()) {
            sql.append(" AND REGEXP_LIKE(s.content_text, ?)");
            params.add(search.wholeWordRegex(word));
        }
    }

    private static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
    }

    /** The statement rows for a page of ids, in id order. */
    private static List<StatementView> rowsFor(Connection c, String select, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) return List.of();
        return Sql.list(c, select + " FROM statement s JOIN article a ON a.id = s.article_id JOIN actor sp ON sp.id = s.speaker_id"
                + " LEFT JOIN actor pf ON pf.id = sp.speaks_for_id WHERE s.id IN (" + Sql.marks(ids.size()) + ") ORDER BY s.id",
                TrackerQueries::statementRow, ids.toArray());
    }

    /** Statement id -> (topic slug -> stance), slugs in alphabetical order. */
    private static Map<Long, Map<String, String>> stancesOf(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Map<String, String>> result = new HashMap<>();
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + IN_CHUNK));
            Sql.each(c, "SELECT st.statement_id, t.slug, st.stance FROM statement_topic st JOIN topic t ON t.id = st.topic_id"
                    + " WHERE st.statement_id IN (" + Sql.marks(chunk.size()) + ")",
                    rs -> result.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3)), chunk.toArray());
        }
        return result;
    }

    /** Positions, optionally only of one actor and/or on one topic, each with all its evidence. */
    public List<PositionView> positions(String actor, String topic) {
        return positions(actor, topic, ALL_EVIDENCE);
    }

    /** Every evidence statement of each position (with {@link #positions(String, String, int)}). */
    public static final int ALL_EVIDENCE = -1;

    /**
     * Positions with at most {@code evidenceLimit} evidence statements each (the first by
     * statement id; {@link #ALL_EVIDENCE} for all, 0 for none). A position's statement count says
     * how many there are in all, so a client sees when the list was cut.
     */
    public List<PositionView> positions(String actor, String topic, int evidenceLimit) {
        return positionRows(actor, topic, evidenceLimit);
    }

    /** Every actor's stance on every topic with the counts behind it, without the evidence (cheap at any size). */
    public List<PositionView> positionMatrix() {
        return positionRows(null, null, 0);
    }

    private List<PositionView> positionRows(String actor, String topic, int evidenceLimit) {
        return read(c -> {
            StringBuilder sql = new StringBuilder("""
                    SELECT p.id, a.canonical_name, a.kind, t.slug, t.label, p.stance, p.statement_count, p.own_statement_count,
                           p.supports_count, p.opposes_count, p.conditional_count, p.demands_count, p.neutral_count
                    FROM position p JOIN actor a ON a.id = p.actor_id JOIN topic t ON t.id = p.topic_id WHERE 1 = 1""");
            List<Object> params = new ArrayList<>();
            if (actor != null) {
                sql.append(" AND a.id = ?");
                params.add(actorId(c, actor));
            }
            if (topic != null) {
                sql.append(" AND t.id = ?");
                params.add(topicId(c, topic));
            }
            sql.append(" ORDER BY t.slug, a.canonical_name");
            List<Long> ids = new ArrayList<>();
            List<PositionView> rows = Sql.list(c, sql.toString(), rs -> {
                ids.add(rs.getLong(1));
                Map<String, Integer> counts = new LinkedHashMap<>();
                counts.put("supports", rs.getInt(9));
                counts.put("opposes", rs.getInt(10));
                counts.put("conditional", rs.getInt(11));
                counts.put("demands", rs.getInt(12));
                counts.put("neutral", rs.getInt(13));
                return new PositionView(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getInt(7), rs.getInt(8), counts, List.of());
            }, params.toArray());
            Map<Long, List<EvidenceView>> evidence = evidenceLimit == 0 ? Map.of()
                    : evidenceLimit == ALL_EVIDENCE ? evidenceOf(c, ids) : firstEvidenceOf(c, ids, evidenceLimit);
            List<PositionView> views = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                PositionView p = rows.get(i);
                views.add(new PositionView(p.actor(), p.actorKind(), p.topic(), p.topicLabel(), p.stance(), p.statements(), p.ownStatements(),
                        p.stanceCounts(), evidence.getOrDefault(ids.get(i), List.of())));
            }
            return views;
        });
    }

    private static final String EVIDENCE_SELECT = """
            SELECT pe.position_id, s.id, art.file_name, sp.canonical_name, st.stance, s.content_text
            FROM position p JOIN position_evidence pe ON pe.position_id = p.id JOIN statement s ON s.id = pe.statement_id
                 JOIN article art ON art.id = s.article_id JOIN actor sp ON sp.id = s.speaker_id
                 JOIN statement_topic st ON st.statement_id = s.id AND st.topic_id = p.topic_id""";

    /** The first evidence statements of each position, by statement id: one short query per position, read off its index. */
    private static Map<Long, List<EvidenceView>> firstEvidenceOf(Connection c, List<Long> positionIds, int limit) throws SQLException {
        Map<Long, List<EvidenceView>> result = new HashMap<>();
        for (long positionId : positionIds) {
            List<Long> first = Sql.longs(c, "SELECT statement_id FROM position_evidence WHERE position_id = ? ORDER BY statement_id"
                    + Sql.page(0, limit), positionId);
            if (first.isEmpty()) continue;
            List<Object> params = new ArrayList<>(List.of(positionId));
            params.addAll(first);
            Sql.each(c, EVIDENCE_SELECT + " WHERE p.id = ? AND s.id IN (" + Sql.marks(first.size()) + ") ORDER BY s.id",
                    rs -> addEvidence(result, rs), params.toArray());
        }
        return result;
    }

    private static Map<Long, List<EvidenceView>> evidenceOf(Connection c, List<Long> positionIds) throws SQLException {
        Map<Long, List<EvidenceView>> result = new HashMap<>();
        for (int i = 0; i < positionIds.size(); i += IN_CHUNK) {
            List<Long> chunk = positionIds.subList(i, Math.min(positionIds.size(), i + IN_CHUNK));
            Sql.each(c, EVIDENCE_SELECT + " WHERE p.id IN (" + Sql.marks(chunk.size()) + ") ORDER BY art.file_name, art.id, s.content_start, s.id",
                    rs -> addEvidence(result, rs), chunk.toArray());
        }
        return result;
    }

    private static void addEvidence(Map<Long, List<EvidenceView>> result, ResultSet rs) throws SQLException {
        result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new EvidenceView(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
    }

    /**
     * Pairs of actors whose positions on the same topic lean in opposite directions (supports,
     * demands or conditional against opposes), optionally on one topic, with each side's evidence
     * that leans its way. Every level: people, groups and the governments they speak for.
     */
    public List<ConflictView> conflicts(String topic) {
        return conflicts(topic, true);
    }

    /**
     * As {@link #conflicts(String)}; without {@code allLevels} only pairs of top-level actors
     * (those that speak for no one else), so one disagreement between two governments is not
     * echoed by every pair of their speakers.
     */
    public List<ConflictView> conflicts(String topic, boolean allLevels) {
        Set<String> members = allLevels ? Set.of() : read(ActorLookup::speakingForOthers);
        List<PositionView> positions = positions(null, topic).stream().filter(p -> !members.contains(p.actor())).toList();
        Map<String, List<PositionView>> byTopic = positions.stream()
                .collect(Collectors.groupingBy(PositionView::topic, TreeMap::new, Collectors.toList()));
        List<ConflictView> conflicts = new ArrayList<>();
        byTopic.forEach((slug, list) -> {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    PositionView a = list.get(i);
                    PositionView b = list.get(j);
                    Stance sa = Stance.fromCode(a.stance());
                    Stance sb = Stance.fromCode(b.stance());
                    if (sa.opposes(sb))
                        conflicts.add(new ConflictView(slug, a.actor(), a.stance(), b.actor(), b.stance(), leaning(a, sa), leaning(b, sb)));
                }
            }
        });
        return conflicts;
    }

    private static List<EvidenceView> leaning(PositionView p, Stance direction) {
        return p.evidence().stream().filter(e -> Stance.fromCode(e.stance()).polarity() == direction.polarity()).toList();
    }

    public List<ActorView> actors() {
        return read(c -> {
            Map<Long, Long> counts = new HashMap<>();
            Sql.each(c, "SELECT speaker_id, COUNT(*) FROM statement WHERE speaker_id IS NOT NULL GROUP BY speaker_id",
                    rs -> counts.put(rs.getLong(1), rs.getLong(2)));
            Map<Long, List<String>> aliases = new HashMap<>();
            Sql.each(c, "SELECT actor_id, alias FROM actor_alias ORDER BY alias",
                    rs -> aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
            return Sql.list(c, """
                    SELECT a.id, a.canonical_name, a.kind, pf.canonical_name, a.role, a.origin
                    FROM actor a LEFT JOIN actor pf ON pf.id = a.speaks_for_id ORDER BY a.canonical_name""",
                    rs -> new ActorView(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            aliases.getOrDefault(rs.getLong(1), List.of()), counts.getOrDefault(rs.getLong(1), 0L)));
        });
    }

    public List<TopicView> topics() {
        return read(c -> {
            Map<Long, Long> counts = new HashMap<>();
            Sql.each(c, "SELECT topic_id, COUNT(*) FROM statement_topic GROUP BY topic_id", rs -> counts.put(rs.getLong(1), rs.getLong(2)));
            return Sql.list(c, "SELECT id, slug, label, description, claim FROM topic ORDER BY slug",
                    rs -> new TopicView(rs.getString(2), rs.getString(3), rs.getString(4), counts.getOrDefault(rs.getLong(1), 0L), rs.getString(5)));
        });
    }

    private static long topicId(Connection c, String name) throws SQLException {
        return Names.topic(c, name).id();
    }

    private static long actorId(Connection c, String name) throws SQLException {
        return Names.actorId(c, name);
    }

    private static String articleName(Connection c, String name) throws SQLException {
        List<String> names = Sql.list(c, "SELECT file_name FROM article WHERE file_name = ?" + Sql.page(0, 1), rs -> rs.getString(1), name);
        if (names.isEmpty()) throw new UnknownNameException("no imported article named '" + name + "'");
        return names.get(0);
    }

    private <T> T read(Transactions.JdbcWork<T> work) {
        try {
            return transactions.readJdbc(work);
        } catch (SQLException e) {
            throw Sql.failed(e);
        }
    }
}
