package org.positionstracker.network;

import java.util.ArrayList;
import java.util.List;
import org.positionstracker.db.Database;

/**
 * A network built from the database as a request asks, with what a summary line needs.
 *
 * @param statements     statements the network is built from
 * @param topics         topics they are on
 * @param undatedLeftOut statements left out for having no date (only when the request filters dates)
 */
public record NetworkExport(NetworkRequest request, Network network, int statements, int topics, long undatedLeftOut) {
    public static NetworkExport build(Database db, NetworkRequest request) {
        NetworkSource source = new NetworkSource(db);
        List<String> slugs = source.topicSlugs(request.topics());
        NetworkBuilder builder = new NetworkBuilder(request.rollUp());
        source.read(slugs, request, builder::add);
        long undated = request.filtersDates() ? source.undated(slugs) : 0;
        String description = "positions-tracker " + request.type().code() + " network"
                + (request.type() == NetworkType.ACTOR_ACTOR ? " (relation " + request.relation().code() + ")" : "")
                + " of " + builder.statements() + " statements; topics: " + (slugs.isEmpty() ? "all" : String.join(", ", slugs))
                + "; said on: " + request.dateRange()
                + "; actors: " + (request.rollUp() ? "speakers rolled up to the actor they speak for" : "speakers");
        Network network = request.type() == NetworkType.ACTOR_TOPIC
                ? builder.actorTopic(description)
                : builder.actorActor(request.relation(), description);
        return new NetworkExport(request, network, builder.statements(), builder.topics(), undated);
    }

    /** "actor-actor both, 3 topics, 2025-01-01..2025-12-31, rolled up, 18 statements". */
    public String scope() {
        List<String> parts = new ArrayList<>();
        parts.add(request.type().code() + (request.type() == NetworkType.ACTOR_ACTOR ? " " + request.relation().code() : ""));
        parts.add(count(topics, "topic"));
        parts.add(request.dateRange());
        if (request.rollUp()) parts.add("rolled up");
        parts.add(count(statements, "statement"));
        return String.join(", ", parts);
    }

    /** "12 nodes, 9 edges (actor-topic, ...)" and, when a date filter left statements out, how many. */
    public String summary() {
        String s = count(network.nodes().size(), "node") + ", " + count(network.edges().size(), "edge") + " (" + scope() + ")";
        if (undatedLeftOut > 0) s += "; " + count(undatedLeftOut, "statement") + " without a date left out";
        return s;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
