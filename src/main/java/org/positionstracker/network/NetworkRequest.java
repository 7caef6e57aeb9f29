package org.positionstracker.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to export.
 *
 * @param topics   topic slugs or labels to keep; empty for all topics
 * @param from     keep statements said on or after this day (statements without a date are then left out); null for no bound
 * @param to       keep statements said on or before this day (likewise); null for no bound
 * @param rollUp   count statements for the actor the speaker speaks for, when it has one
 * @param relation for actor-actor networks: which ties
 */
public record NetworkRequest(NetworkType type, List<String> topics, LocalDate from, LocalDate to, boolean rollUp,
                             Relation relation) {
    public NetworkRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(relation, "relation");
        topics = List.copyOf(topics);
        if (from != null && to != null && from.isAfter(to))
            throw new IllegalArgumentException("the date range " + from + ".." + to + " is empty: " + from + " is after " + to);
    }

    public boolean filtersDates() {
        return from != null || to != null;
    }

    /** "2025-01-01..2025-12-31", "2025-01-01..", "..2025-12-31" or "all dates". */
    public String dateRange() {
        if (!filtersDates()) return "all dates";
        return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
    }
}
