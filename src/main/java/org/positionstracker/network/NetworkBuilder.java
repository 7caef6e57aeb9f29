package org.positionstracker.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.positionstracker.network.Network.Column;
import org.positionstracker.network.Network.ColumnType;
import org.positionstracker.network.Network.Edge;
import org.positionstracker.network.Network.Node;
import org.positionstracker.network.StatementStance.ActorRef;
import org.positionstracker.position.StanceTally;
import org.positionstracker.topic.Stance;

/**
 * Builds the actor-topic and actor-actor networks from statement stances. Feed it every
 * statement's stances in statement id order (the rows of one statement together), then ask for
 * a network; it keeps counts, not rows, so its memory grows with the number of actor-topic
 * pairs, not with the number of statements.
 *
 * <p>The actor is the speaker; with roll-up, the actor the speaker speaks for when there is one.
 * An actor's stance on a topic is the dominant stance of its statements on it, decided as for
 * positions ({@link StanceTally}); it leans + (supports, demands, conditional), - (opposes) or
 * not at all (neutral, mixed). Two actors leaning the same way on a topic are congruent on it,
 * opposite ways in conflict; the weight of a tie is the number of statements, of both actors,
 * that lean the way the actor leans on the topics the tie is about.
 */
public final class NetworkBuilder {
    private static final Comparator<ActorTally> ACTOR_ORDER = Comparator.<ActorTally, String>comparing(a -> a.name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(a -> a.name).thenComparingLong(a -> a.id);

    private final boolean rollUp;
    private final Map<Long, ActorTally> actors = new HashMap<>();
    private final Map<String, TopicTally> topics = new TreeMap<>();
    private final Map<ActorTopic, StanceEvidence> stances = new HashMap<>();
    private long lastStatement = Long.MIN_VALUE;
    private int statements;

    /** @param rollUp count each statement for the actor its speaker speaks for, when it has one, instead of the speaker */
    public NetworkBuilder(boolean rollUp) {
        this.rollUp = rollUp;
    }

    public void add(StatementStance s) {
        if (s.statementId() < lastStatement)
            throw new IllegalStateException("statement " + s.statementId() + " arrived after statement " + lastStatement + ": feed statements in id order");
        if (s.statementId() != lastStatement) statements++;
        boolean rolledUp = rollUp && s.speaksFor() != null;
        ActorRef who = rolledUp ? s.speaksFor() : s.speaker();
        ActorTally actor = actors.computeIfAbsent(who.id(), id -> new ActorTally(who));
        if (actor.kind == null) actor.kind = who.kind();
        if (!rolledUp && s.speaksFor() != null) actor.speaksFor = s.speaksFor().name();
        if (actor.lastStatement != s.statementId()) {
            actor.statements++;
            actor.lastStatement = s.statementId();
        }
        topics.computeIfAbsent(s.topic(), slug -> new TopicTally(slug, s.topicLabel(), s.topicClaim())).statements++;
        stances.computeIfAbsent(new ActorTopic(who.id(), s.topic()), k -> new StanceEvidence()).add(s);
        lastStatement = s.statementId();
    }

    /** Statements seen (each once, however many topics it is on). */
    public int statements() {
        return statements;
    }

    /** Topics seen. */
    public int topics() {
        return topics.size();
    }

    /**
     * The two-mode network: a node per actor and per topic; an edge per actor and topic the actor
     * made statements on, weighted by their number, with their stance counts, the dominant
     * stance, the polarity (leaning for minus leaning against, over all) and the statement ids.
     */
    public Network actorTopic(String description) {
        List<Node> nodes = new ArrayList<>();
        List<ActorTally> actorOrder = sortedActors();
        for (ActorTally a : actorOrder) nodes.add(actorNode(a, 0));
        for (TopicTally t : topics.values())
            nodes.add(new Node(topicId(t.slug), t.label, values("type", "topic", "bipartite", 1, "statements", t.statements, "claim", t.claim)));
        List<Edge> edges = new ArrayList<>();
        for (ActorTally a : actorOrder) {
            for (TopicTally t : topics.values()) {
                StanceEvidence e = stances.get(new ActorTopic(a.id, t.slug));
                if (e == null) continue;
                int weight = e.tally.total();
                edges.add(new Edge(actorId(a.id) + "--" + topicId(t.slug), actorId(a.id), topicId(t.slug), values(
                        "weight", (double) weight,
                        "stance", e.tally.dominant().code(),
                        "polarity", (double) (e.leaning(1) - e.leaning(-1)) / weight,
                        "supports", e.tally.count(Stance.SUPPORTS),
                        "opposes", e.tally.count(Stance.OPPOSES),
                        "conditional", e.tally.count(Stance.CONDITIONAL),
                        "demands", e.tally.count(Stance.DEMANDS),
                        "neutral", e.tally.count(Stance.NEUTRAL),
                        "evidence", e.evidence())));
            }
        }
        return new Network(NetworkType.ACTOR_TOPIC.code(), description,
                List.of(string("type"), string("kind"), string("speaks_for"), integer("bipartite"), integer("statements"), string("claim")),
                List.of(real("weight"), string("stance"), real("polarity"), integer("supports"), integer("opposes"),
                        integer("conditional"), integer("demands"), integer("neutral"), string("evidence")),
                nodes, edges);
    }

    /**
     * The one-mode network of actors: congruence and/or conflict ties, or one signed tie per pair
     * (congruence minus conflict), as {@code relation} says. Every actor seen is a node, tied or not.
     */
    public Network actorActor(Relation relation, String description) {
        List<ActorTally> actorOrder = sortedActors();
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < actorOrder.size(); i++) rank.put(actorOrder.get(i).id, i);

        Map<String, List<Leaning>> leaningsByTopic = new TreeMap<>();
        stances.forEach((key, e) -> {
            int polarity = e.tally.dominant().polarity();
            if (polarity != 0) leaningsByTopic.computeIfAbsent(key.topic, t -> new ArrayList<>())
                    .add(new Leaning(rank.get(key.actorId), polarity, e.leaning(polarity)));
        });
        Map<Pair, Ties> pairs = new TreeMap<>();
        leaningsByTopic.forEach((topic, leanings) -> {
            leanings.sort(Comparator.comparingInt(Leaning::actorRank));
            for (int i = 0; i < leanings.size(); i++) {
                for (int j = i + 1; j < leanings.size(); j++) {
                    Leaning a = leanings.get(i);
                    Leaning b = leanings.get(j);
                    Ties ties = pairs.computeIfAbsent(new Pair(a.actorRank, b.actorRank), k -> new Ties());
                    (a.polarity == b.polarity ? ties.congruence : ties.conflict).add(topic, a.statements + b.statements);
                }
            }
        });

        List<Edge> edges = new ArrayList<>();
        pairs.forEach((pair, ties) -> {
            String source = actorId(actorOrder.get(pair.first).id);
            String target = actorId(actorOrder.get(pair.second).id);
            String id = source + "--" + target;
            if (relation == Relation.SUBTRACT) {
                int net = ties.congruence.weight - ties.conflict.weight;
                if (net == 0) return;
                List<String> topicList = new ArrayList<>(ties.congruence.topics);
                topicList.addAll(ties.conflict.topics);
                topicList.sort(null);
                edges.add(new Edge(id, source, target, values("weight", (double) net,
                        "relation", (net > 0 ? Relation.CONGRUENCE : Relation.CONFLICT).code(),
                        "congruence", ties.congruence.weight, "conflict", ties.conflict.weight,
                        "topics", topicList.size(), "topic_list", String.join(" ", topicList))));
                return;
            }
            if (relation != Relation.CONFLICT && ties.congruence.weight > 0)
                edges.add(tie(id, source, target, Relation.CONGRUENCE, ties.congruence));
            if (relation != Relation.CONGRUENCE && ties.conflict.weight > 0)
                edges.add(tie(id, source, target, Relation.CONFLICT, ties.conflict));
        });

        List<Node> nodes = actorOrder.stream().map(a -> actorNode(a, null)).toList();
        List<Column> edgeColumns = relation == Relation.SUBTRACT
                ? List.of(real("weight"), string("relation"), integer("congruence"), integer("conflict"), integer("topics"), string("topic_list"))
                : List.of(real("weight"), string("relation"), integer("topics"), string("topic_list"));
        return new Network(NetworkType.ACTOR_ACTOR.code(), description,
                List.of(string("type"), string("kind"), string("speaks_for"), integer("statements")), edgeColumns, nodes, edges);
    }

    private static Edge tie(String pairId, String source, String target, Relation relation, Tie tie) {
        return new Edge(pairId + "--" + relation.code(), source, target, values("weight", (double) tie.weight,
                "relation", relation.code(), "topics", tie.topics.size(), "topic_list", String.join(" ", tie.topics)));
    }

    private List<ActorTally> sortedActors() {
        return actors.values().stream().sorted(ACTOR_ORDER).toList();
    }

    private static Node actorNode(ActorTally a, Integer bipartite) {
        return new Node(actorId(a.id), a.name, values("type", "actor", "kind", a.kind, "speaks_for", a.speaksFor,
                "bipartite", bipartite, "statements", a.statements));
    }

    static String actorId(long id) {
        return "actor-" + id;
    }

    static String topicId(String slug) {
        return "topic-" + slug;
    }

    private static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }

    private static Column string(String name) {
        return new Column(name, ColumnType.STRING);
    }

    private static Column integer(String name) {
        return new Column(name, ColumnType.INT);
    }

    private static Column real(String name) {
        return new Column(name, ColumnType.DOUBLE);
    }

    private static final class ActorTally {
        final long id;
        final String name;
        String kind;
        String speaksFor;
        int statements;
        long lastStatement = Long.MIN_VALUE;

        ActorTally(ActorRef ref) {
            this.id = ref.id();
            this.name = ref.name();
        }
    }

    private static final class TopicTally {
        final String slug;
        final String label;
        final String claim;
        int statements;

        TopicTally(String slug, String label, String claim) {
            this.slug = slug;
            this.label = label;
            this.claim = claim;
        }
    }

    private record ActorTopic(long actorId, String topic) {
    }

    /** One actor's statements on one topic: the stance counts and the statement ids. */
    private static final class StanceEvidence {
        final StanceTally tally = new StanceTally();
        long[] statementIds = new long[2];

        void add(StatementStance s) {
            int n = tally.total();
            if (n == statementIds.length) statementIds = Arrays.copyOf(statementIds, n * 2);
            statementIds[n] = s.statementId();
            tally.add(s.stance(), true);
        }

        /** Statements leaning this way (+1 or -1). */
        int leaning(int polarity) {
            int n = 0;
            for (Stance s : Stance.values()) if (s != Stance.MIXED && s.polarity() == polarity) n += tally.count(s);
            return n;
        }

        String evidence() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < tally.total(); i++) b.append(i == 0 ? "" : " ").append(statementIds[i]);
            return b.toString();
        }
    }

    private record Leaning(int actorRank, int polarity, int statements) {
    }

    /** Two actors by their rank in the node order, the first ranked first. */
    private record Pair(int first, int second) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            return first != o.first ? Integer.compare(first, o.first) : Integer.compare(second, o.second);
        }
    }

    /** The topics two actors agree (or disagree) on and the statements behind that. */
    private static final class Tie {
        final List<String> topics = new ArrayList<>();
        int weight;

        void add(String topic, int statements) {
            topics.add(topic);
            weight += statements;
        }
    }

    private static final class Ties {
        final Tie congruence = new Tie();
        final Tie conflict = new Tie();
    }
}
