package org.positionstracker.overview;

import java.time.LocalDate;
import java.util.List;

/**
 * What to include; every part is optional and they combine.
 *
 * @param topics topic slugs or labels (any of them); empty for all
 * @param actor  an actor's name or alias: its positions and those of the actors speaking for it,
 *               and their statements; null for all
 * @param from   only statements said on or after this day (undated statements are left out)
 * @param to     only statements said on or before this day
 * @param allLevels conflicts between every pair of actors, people and the governments they speak
 *               for alike; false for conflicts between top-level actors only (those that speak for
 *               no one else), so that one disagreement is listed once and not echoed by each speaker
 */
public record OverviewFilter(List<String> topics, String actor, LocalDate from, LocalDate to, boolean allLevels) {
    public OverviewFilter {
        topics = topics == null ? List.of() : List.copyOf(topics);
        if (from != null && to != null && from.isAfter(to))
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }

    public OverviewFilter(List<String> topics, String actor, LocalDate from, LocalDate to) {
        this(topics, actor, from, to, false);
    }

    public static OverviewFilter none() {
        return new OverviewFilter(List.of(), null, null, null);
    }

    boolean dated() {
        return from != null || to != null;
    }

    boolean includes(LocalDate saidOn) {
        if (!dated()) return true;
        if (saidOn == null) return false;
        return (from == null || !saidOn.isBefore(from)) && (to == null || !saidOn.isAfter(to));
    }

    /** The filter as a person reads it, "everything" when there is none. */
    String describe() {
        StringBuilder s = new StringBuilder();
        if (!topics.isEmpty()) s.append("topics ").append(String.join(", ", topics));
        if (actor != null) s.append(s.isEmpty() ? "" : "; ").append("actor ").append(actor).append(" (with those speaking for it)");
        if (dated()) s.append(s.isEmpty() ? "" : "; ").append("said ")
                .append(from == null ? "until " + to : to == null ? "from " + from : "from " + from + " to " + to)
                .append(" (undated statements left out; positions recounted over these dates)");
        if (allLevels) s.append(s.isEmpty() ? "" : "; ").append("conflicts at every level");
        return s.isEmpty() ? "none (everything)" : s.toString();
    }
}
