package org.positionstracker.importer;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.positionstracker.actor.Actor;
import org.positionstracker.actor.ActorAlias;
import org.positionstracker.codebook.ActorEntry;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.TopicEntry;
import org.positionstracker.topic.Topic;
import org.positionstracker.topic.TopicKeyword;

/**
 * Brings the actor, alias and topic tables in line with the codebook: adds what is new and
 * updates what changed. Never deletes: statements may still refer to an actor or topic that
 * was since removed from the codebook.
 */
final class CodebookSync {
    record Result(int actorsAdded, int topicsAdded) {
    }

    static Result apply(EntityManager em, Codebook codebook, OffsetDateTime now) {
        ActorDirectory actors = new ActorDirectory(em, now);
        int actorsAdded = 0;
        for (ActorEntry entry : codebook.actors()) {
            Actor actor = actors.find(entry.name()).orElse(null);
            if (actor == null) {
                actor = new Actor(entry.name(), entry.kind(), entry.role(), true, now);
                em.persist(actor);
                actors.remember(entry.name(), actor);
                actorsAdded++;
            } else {
                actor.adoptIntoCodebook();
                actor.setKind(entry.kind());
                if (entry.role() != null) actor.setRole(entry.role());
            }
        }
        for (ActorEntry entry : codebook.actors()) {
            Actor actor = actors.find(entry.name()).orElseThrow();
            if (entry.speaksFor() != null) actor.setSpeaksFor(actors.find(entry.speaksFor()).orElseThrow());
            for (String alias : entry.aliases()) {
                if (!actors.aliasTaken(alias)) {
                    em.persist(new ActorAlias(actor, alias, true));
                    actors.remember(alias, actor);
                }
            }
        }
        int topicsAdded = 0;
        for (TopicEntry entry : codebook.topics()) {
            List<Topic> found = em.createQuery("select t from Topic t where t.slug = :slug", Topic.class)
                    .setParameter("slug", entry.slug()).getResultList();
            Topic topic;
            if (found.isEmpty()) {
                topic = new Topic(entry.slug(), entry.label(), entry.description());
                em.persist(topic);
                topicsAdded++;
            } else {
                topic = found.get(0);
                topic.describe(entry.label(), entry.description());
            }
            Set<String> known = new HashSet<>(em.createQuery(
                            "select k.keyword from TopicKeyword k where k.topic = :topic", String.class)
                    .setParameter("topic", topic).getResultList());
            for (String keyword : entry.keywords()) {
                if (known.add(keyword)) em.persist(new TopicKeyword(topic, keyword));
            }
        }
        return new Result(actorsAdded, topicsAdded);
    }

    private CodebookSync() {
    }
}
