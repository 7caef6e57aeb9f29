package org.positionstracker.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.positionstracker.actor.ActorHierarchy;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.actor.ActorLookup;
import org.positionstracker.db.Transactions;
import org.positionstracker.query.Views.ActorView;
import org.positionstracker.query.Views.ConflictView;
import org.positionstracker.query.Views.EvidenceView;
import org.positionstracker.query.Views.PositionView;
import org.positionstracker.query.Views.SpanView;
import org.positionstracker.query.Views.StatementView;
import org.positionstracker.query.Views.TopicView;
import org.positionstracker.statement.Mode;
import org.positionstracker.topic.Stance;

/**
 * The questions users ask of the tracker, answered as read-only records in read-only
 * transactions: statements by topic, actor, mode or article; positions; conflicts; actors; topics.
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
        return transactions.read(em -> {
            String select = """
                    select s.id, a.fileName, sp.canonicalName, sp.kind, pf.canonicalName, s.mode, s.contentText,
                           s.contentStart, s.contentEnd, s.speakerMentionText, s.speakerMentionStart, s.speakerMentionEnd,
                           s.cueText, s.cueStart, s.cueEnd, s.sentenceNumber, s.saidOn, s.reviewed, a.title, a.outlet, a.url, s.rule""";
            StringBuilder jpql = new StringBuilder(select);
            Map<String, Object> params = new HashMap<>();
            // attributed statements join their speaker; unattributed ones have none, and only they are listed then
            String speakerJoin = filter.unattributed() ? " left join s.speaker sp" : " join s.speaker sp";
            if (filter.topic() != null) {
                jpql.append(" from StatementTopic st join st.statement s join s.article a" + speakerJoin + " left join sp.speaksFor pf"
                        + " where st.topic.id = :topic");
                params.put("topic", topicId(em, filter.topic()));
            } else {
                jpql.append(" from ReportedStatement s join s.article a" + speakerJoin + " left join sp.speaksFor pf where 1 = 1");
            }
            if (filter.unattributed()) jpql.append(" and s.speaker is null");
            if (filter.actor() != null) {
                long actorId = actorId(em, filter.actor());
                jpql.append(" and sp.id in :speakers");
                params.put("speakers", filter.includeMembers() ? ActorHierarchy.selfAndMembers(em, actorId) : Set.of(actorId));
            }
            if (filter.mode() != null) {
                jpql.append(" and s.mode = :mode");
                params.put("mode", filter.mode());
            }
            if (filter.article() != null) {
                jpql.append(" and a.fileName = :article");
                params.put("article", articleName(em, filter.article()));
            }
            if (filter.search() != null) appendSearch(em, filter.search(), jpql, params);
            if (filter.from() != null) {
                jpql.append(" and s.saidOn >= :from");
                params.put("from", filter.from());
            }
            if (filter.to() != null) {
                jpql.append(" and s.saidOn <= :to");
                params.put("to", filter.to());
            }
            List<Object[]> rows;
            if (filter.limit() > 0 && filter.topic() != null && filter.actor() == null && filter.onlyTopicOrActor()) {
                // A page of one topic: the ids come from the (topic_id, statement_id) index alone, which the
                // database reads in order and stops after the page; the rows are fetched for those ids only.
                // (Ordering by both index columns, though topic_id is fixed, is what lets H2 see the index order.)
                List<Long> page = em.createQuery("select st.statementId from StatementTopic st where st.topic.id = :topic order by st.topic.id, st.statementId", Long.class)
                        .setParameter("topic", params.get("topic")).setFirstResult(filter.offset()).setMaxResults(filter.limit()).getResultList();
                rows = rowsFor(em, select, page);
            } else if (filter.limit() > 0 && filter.actor() != null && filter.topic() == null && filter.onlyTopicOrActor()) {
                // A page of one speaker (or of an actor and those who speak for it): each speaker's first ids come
                // off the (speaker_id, id) index in order; merged, the page is the smallest of them.
                @SuppressWarnings("unchecked")
                Set<Long> speakers = (Set<Long>) params.get("speakers");
                int want = filter.offset() + filter.limit();
                java.util.TreeSet<Long> firstIds = new java.util.TreeSet<>();
                for (Long speaker : speakers) {
                    firstIds.addAll(em.createQuery("select s.id from ReportedStatement s where s.speaker.id = :speaker order by s.speaker.id, s.id", Long.class)
                            .setParameter("speaker", speaker).setMaxResults(want).getResultList());
                    while (firstIds.size() > want) firstIds.pollLast();
                }
                List<Long> page = firstIds.stream().skip(filter.offset()).toList();
                rows = rowsFor(em, select, page);
            } else {
                jpql.append(filter.topic() != null ? " order by st.topic.id, st.statementId" : " order by s.id");
                TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
                params.forEach(query::setParameter);
                if (filter.offset() > 0) query.setFirstResult(filter.offset());
                if (filter.limit() > 0) query.setMaxResults(filter.limit());
                rows = query.getResultList();
            }
            Map<Long, Map<String, String>> stances = stancesOf(em, rows.stream().map(r -> (Long) r[0]).toList());
            List<StatementView> views = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                Map<String, String> st = stances.getOrDefault((Long) r[0], Map.of());
                views.add(new StatementView((Long) r[0], (String) r[1], (String) r[2], r[3] == null ? null : ((ActorKind) r[3]).code(), (String) r[4],
                        ((Mode) r[5]).code(), (String) r[6], (Integer) r[7], (Integer) r[8],
                        SpanView.of((String) r[9], (Integer) r[10], (Integer) r[11]),
                        SpanView.of((String) r[12], (Integer) r[13], (Integer) r[14]), (Integer) r[15],
                        r[16] == null ? null : r[16].toString(), List.copyOf(st.keySet()), st, (Boolean) r[17],
                        (String) r[18], (String) r[19], (String) r[20], (String) r[21]));
            }
            return views;
        });
    }

    /**
     * Every search word as a whole word of the statement's text. PostgreSQL: its full-text match
     * with the 'simple' configuration, served by the statement_content_words_idx index. H2: a
     * Java regular expression per word; H2's own full-text search is left alone because it needs
     * triggers and tables of its own outside the Flyway-owned schema, rights the read-only user
     * does not have, and would slow every import.
     */
    private static void appendSearch(EntityManager em, SearchWords search, StringBuilder jpql, Map<String, Object> params) {
        if (isPostgres(em)) {
            jpql.append(" and cast(sql('to_tsvector(''simple'', ?) @@ plainto_tsquery(''simple'', ?)', s.contentText, :words) as Boolean) = true");
            params.put("words", search.asPlainQuery());
            return;
        }
        for (int i = 0; i < search.words().size(); i++) {
            jpql.append(" and cast(sql('regexp_like(?, ?)', s.contentText, :word").append(i).append(") as Boolean) = true");
            params.put("word" + i, search.wholeWordRegex(search.words().get(i)));
        }
    }

    private static boolean isPostgres(EntityManager em) {
        return em.getEntityManagerFactory().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                .getJdbcServices().getDialect() instanceof org.hibernate.dialect.PostgreSQLDialect;
    }

    /** The statement rows for a page of ids, in id order. */
    private static List<Object[]> rowsFor(EntityManager em, String select, List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return em.createQuery(select + " from ReportedStatement s join s.article a join s.speaker sp left join sp.speaksFor pf"
                + " where s.id in :ids order by s.id", Object[].class).setParameter("ids", ids).getResultList();
    }

    /** Statement id -> (topic slug -> stance), slugs in alphabetical order. */
    private static Map<Long, Map<String, String>> stancesOf(EntityManager em, List<Long> ids) {
        Map<Long, Map<String, String>> result = new HashMap<>();
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + IN_CHUNK));
            for (Object[] r : em.createQuery("select st.statement.id, t.slug, st.stance from StatementTopic st join st.topic t where st.statement.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                result.computeIfAbsent((Long) r[0], k -> new TreeMap<>()).put((String) r[1], ((Stance) r[2]).code());
            }
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
        return transactions.read(em -> {
            StringBuilder jpql = new StringBuilder("""
                    select p.id, a.canonicalName, a.kind, t.slug, t.label, p.stance, p.statementCount, p.ownStatementCount,
                           p.supportsCount, p.opposesCount, p.conditionalCount, p.demandsCount, p.neutralCount
                    from Position p join p.actor a join p.topic t where 1 = 1""");
            Map<String, Object> params = new HashMap<>();
            if (actor != null) {
                jpql.append(" and a.id = :actor");
                params.put("actor", actorId(em, actor));
            }
            if (topic != null) {
                jpql.append(" and t.id = :topic");
                params.put("topic", topicId(em, topic));
            }
            jpql.append(" order by t.slug, a.canonicalName");
            TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
            params.forEach(query::setParameter);
            List<Object[]> rows = query.getResultList();
            List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
            Map<Long, List<EvidenceView>> evidence = evidenceLimit == 0 ? Map.of()
                    : evidenceLimit == ALL_EVIDENCE ? evidenceOf(em, ids) : firstEvidenceOf(em, ids, evidenceLimit);
            List<PositionView> views = new ArrayList<>();
            for (Object[] r : rows) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                counts.put("supports", (Integer) r[8]);
                counts.put("opposes", (Integer) r[9]);
                counts.put("conditional", (Integer) r[10]);
                counts.put("demands", (Integer) r[11]);
                counts.put("neutral", (Integer) r[12]);
                views.add(new PositionView((String) r[1], ((ActorKind) r[2]).code(), (String) r[3], (String) r[4],
                        ((Stance) r[5]).code(), (Integer) r[6], (Integer) r[7], counts, evidence.getOrDefault((Long) r[0], List.of())));
            }
            return views;
        });
    }

    private static final String EVIDENCE_SELECT = """
            select p.id, s.id, art.fileName, sp.canonicalName, st.stance, s.contentText
            from Position p join p.evidence s join s.article art join s.speaker sp
                 join StatementTopic st on st.statement = s and st.topic = p.topic""";

    /** The first evidence statements of each position, by statement id: one short query per position, read off its index. */
    private static Map<Long, List<EvidenceView>> firstEvidenceOf(EntityManager em, List<Long> positionIds, int limit) {
        Map<Long, List<EvidenceView>> result = new HashMap<>();
        for (long positionId : positionIds) {
            List<Long> first = em.createQuery("select pe.id from Position p join p.evidence pe where p.id = :id order by pe.id", Long.class)
                    .setParameter("id", positionId).setMaxResults(limit).getResultList();
            if (first.isEmpty()) continue;
            for (Object[] r : em.createQuery(EVIDENCE_SELECT + " where p.id = :id and s.id in :first order by s.id", Object[].class)
                    .setParameter("id", positionId).setParameter("first", first).getResultList())
                result.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new EvidenceView((Long) r[1], (String) r[2], (String) r[3], ((Stance) r[4]).code(), (String) r[5]));
        }
        return result;
    }

    private static Map<Long, List<EvidenceView>> evidenceOf(EntityManager em, List<Long> positionIds) {
        Map<Long, List<EvidenceView>> result = new HashMap<>();
        for (int i = 0; i < positionIds.size(); i += IN_CHUNK) {
            List<Long> chunk = positionIds.subList(i, Math.min(positionIds.size(), i + IN_CHUNK));
            for (Object[] r : em.createQuery(EVIDENCE_SELECT + " where p.id in :ids order by art.fileName, art.id, s.contentStart, s.id", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                result.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new EvidenceView((Long) r[1], (String) r[2], (String) r[3], ((Stance) r[4]).code(), (String) r[5]));
            }
        }
        return result;
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
        Set<String> members = allLevels ? Set.of() : transactions.read(em -> em.unwrap(Session.class).doReturningWork(ActorLookup::speakingForOthers));
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
        return transactions.read(em -> {
            Map<Long, Long> counts = new HashMap<>();
            for (Object[] r : em.createQuery("select s.speaker.id, count(s) from ReportedStatement s group by s.speaker.id", Object[].class).getResultList())
                counts.put((Long) r[0], (Long) r[1]);
            Map<Long, List<String>> aliases = new HashMap<>();
            for (Object[] r : em.createQuery("select al.actor.id, al.alias from ActorAlias al order by al.alias", Object[].class).getResultList())
                aliases.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
            List<ActorView> views = new ArrayList<>();
            for (Object[] r : em.createQuery("""
                    select a.id, a.canonicalName, a.kind, pf.canonicalName, a.role, a.origin
                    from Actor a left join a.speaksFor pf order by a.canonicalName""", Object[].class).getResultList()) {
                Long id = (Long) r[0];
                views.add(new ActorView((String) r[1], ((ActorKind) r[2]).code(), (String) r[3], (String) r[4], (String) r[5],
                        aliases.getOrDefault(id, List.of()), counts.getOrDefault(id, 0L)));
            }
            return views;
        });
    }

    public List<TopicView> topics() {
        return transactions.read(em -> {
            Map<Long, Long> counts = new HashMap<>();
            for (Object[] r : em.createQuery("select st.topic.id, count(st) from StatementTopic st group by st.topic.id", Object[].class).getResultList())
                counts.put((Long) r[0], (Long) r[1]);
            return em.createQuery("select t.id, t.slug, t.label, t.description, t.claim from Topic t order by t.slug", Object[].class)
                    .getResultList().stream()
                    .map(r -> new TopicView((String) r[1], (String) r[2], (String) r[3], counts.getOrDefault((Long) r[0], 0L), (String) r[4]))
                    .toList();
        });
    }

    private static long topicId(EntityManager em, String name) {
        return Names.topic(em, name).id();
    }

    private static long actorId(EntityManager em, String name) {
        return Names.actorId(em, name);
    }

    private static String articleName(EntityManager em, String name) {
        List<String> names = em.createQuery("select a.fileName from Article a where a.fileName = :n", String.class)
                .setParameter("n", name).setMaxResults(1).getResultList();
        if (names.isEmpty()) throw new UnknownNameException("no imported article named '" + name + "'");
        return names.get(0);
    }
}
