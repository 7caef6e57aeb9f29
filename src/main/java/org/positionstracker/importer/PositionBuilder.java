package org.positionstracker.importer;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.positionstracker.actor.Actor;
import org.positionstracker.actor.ActorHierarchy;
import org.positionstracker.position.Position;
import org.positionstracker.position.StanceTally;
import org.positionstracker.statement.ReportedStatement;
import org.positionstracker.topic.Stance;
import org.positionstracker.topic.Topic;

/**
 * Derives positions from statements. An actor's position on a topic is evidenced by its own
 * statements and by those of every actor that speaks for it, directly or through others (a
 * minister's statements count for the government). Recomputed for the pairs an import touched.
 */
final class PositionBuilder {
    private PositionBuilder() {
    }

    static void recompute(EntityManager em, Set<Long> actorIds, Set<Long> topicIds) {
        if (actorIds.isEmpty() || topicIds.isEmpty()) return;
        em.flush();
        for (Long actorId : actorIds) {
            Set<Long> members = ActorHierarchy.selfAndMembers(em, actorId);
            for (Long topicId : topicIds) recompute(em, actorId, topicId, members);
        }
    }

    private static void recompute(EntityManager em, Long actorId, Long topicId, Set<Long> members) {
        em.createNativeQuery("DELETE FROM position WHERE actor_id = ?1 AND topic_id = ?2")
                .setParameter(1, actorId).setParameter(2, topicId).executeUpdate();
        List<Object[]> rows = em.createQuery("""
                        select st.statement.id, st.stance, st.statement.speaker.id
                        from StatementTopic st
                        where st.topic.id = :topic and st.statement.speaker.id in :members""", Object[].class)
                .setParameter("topic", topicId).setParameter("members", members).getResultList();
        if (rows.isEmpty()) return;
        StanceTally tally = new StanceTally();
        Set<ReportedStatement> evidence = new HashSet<>();
        for (Object[] row : rows) {
            tally.add((Stance) row[1], actorId.equals(row[2]));
            evidence.add(em.getReference(ReportedStatement.class, row[0]));
        }
        em.persist(new Position(em.getReference(Actor.class, actorId), em.getReference(Topic.class, topicId), tally, evidence));
    }
}
