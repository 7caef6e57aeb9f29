package org.positionstracker.actor;

import java.util.HashSet;
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

    /** The actor and everyone who speaks for it, directly or through others; {@code childrenOf} answers "which actors speak for any of these". */
    public static Set<Long> selfAndMembers(long actorId, java.util.function.Function<Set<Long>, java.util.List<Long>> childrenOf) {
        Set<Long> members = new HashSet<>(Set.of(actorId));
        Set<Long> frontier = Set.of(actorId);
        for (int depth = 0; depth < MAX_DEPTH && !frontier.isEmpty(); depth++) {
            Set<Long> next = new HashSet<>(childrenOf.apply(frontier));
            next.removeAll(members);
            members.addAll(next);
            frontier = next;
        }
        return members;
    }
}
