package org.positionstracker.actor;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Walks the speaks-for links between actors: a minister speaks for a government, so the
 * minister's statements are evidence of the government's position. Chains longer than
 * {@link #MAX_DEPTH} are cut there, which also stops any cycle.
 */
public final class ActorHierarchy {
    public static final int MAX_DEPTH = 8;

    private ActorHierarchy() {
    }

    /** The actor and everyone it speaks for, up the chain. */
    public static Set<Long> selfAndPrincipals(Actor actor) {
        Set<Long> ids = new LinkedHashSet<>();
        Actor current = actor;
        for (int depth = 0; current != null && depth <= MAX_DEPTH && ids.add(current.getId()); depth++) {
            current = current.getSpeaksFor();
        }
        return ids;
    }

    /** The actor and everyone who speaks for it, directly or through others. */
    public static Set<Long> selfAndMembers(EntityManager em, long actorId) {
        Set<Long> members = new HashSet<>(Set.of(actorId));
        Set<Long> frontier = Set.of(actorId);
        for (int depth = 0; depth < MAX_DEPTH && !frontier.isEmpty(); depth++) {
            Set<Long> next = new HashSet<>(em.createQuery("select a.id from Actor a where a.speaksFor.id in :ids", Long.class)
                    .setParameter("ids", frontier).getResultList());
            next.removeAll(members);
            members.addAll(next);
            frontier = next;
        }
        return members;
    }
}
