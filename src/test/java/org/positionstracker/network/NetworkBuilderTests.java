package org.positionstracker.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.positionstracker.network.Network.Edge;
import org.positionstracker.network.StatementStance.ActorRef;
import org.positionstracker.topic.Stance;

class NetworkBuilderTests {
    private static final ActorRef UKRAINE = new ActorRef(1, "Ukraine", "government");
    private static final ActorRef RUSSIA = new ActorRef(2, "Russia", "government");
    private static final ActorRef YERMAK = new ActorRef(3, "Andriy Yermak", "person");
    private static final ActorRef PUTIN = new ActorRef(4, "Vladimir Putin", "person");
    private static final ActorRef ANALYSTS = new ActorRef(5, "analysts", "group");
    private static final ActorRef HEDGER = new ActorRef(6, "Hedger", "person");

    private final List<StatementStance> rows = new ArrayList<>();
    private long nextStatement = 1;

    /** One statement by {@code who} (speaking for {@code principal}, or null) with a stance on each topic. */
    private void said(ActorRef who, ActorRef principal, Object... topicsAndStances) {
        long id = nextStatement++;
        for (int i = 0; i < topicsAndStances.length; i += 2) {
            String topic = (String) topicsAndStances[i];
            rows.add(new StatementStance(id, who, principal, topic, label(topic), (Stance) topicsAndStances[i + 1], null));
        }
    }

    private static String label(String slug) {
        return Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
    }

    private NetworkBuilder built(boolean rollUp) {
        NetworkBuilder builder = new NetworkBuilder(rollUp);
        rows.forEach(builder::add);
        return builder;
    }

    private Network actorActor(Relation relation) {
        return built(false).actorActor(relation, "test");
    }

    /** The edges between the nodes labelled a and b, by relation. */
    private static Map<String, Edge> between(Network network, String a, String b) {
        Map<String, String> labels = new LinkedHashMap<>();
        network.nodes().forEach(n -> labels.put(n.id(), n.label()));
        Map<String, Edge> found = new LinkedHashMap<>();
        for (Edge e : network.edges()) {
            String s = labels.get(e.source());
            String t = labels.get(e.target());
            if ((s.equals(a) && t.equals(b)) || (s.equals(b) && t.equals(a))) found.put(String.valueOf(e.values().get("relation")), e);
        }
        return found;
    }

    private static Network.Node node(Network network, String label) {
        return network.nodes().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError("no node " + label));
    }

    @Test
    void sameLeaning_isCongruence_oppositeLeaning_isConflict() {
        said(UKRAINE, null, "territory", Stance.OPPOSES);
        said(YERMAK, null, "territory", Stance.OPPOSES);
        said(PUTIN, null, "territory", Stance.DEMANDS);

        Network network = actorActor(Relation.BOTH);

        assertEquals(Map.of("congruence", 2.0), weights(between(network, "Ukraine", "Andriy Yermak")));
        assertEquals(Map.of("conflict", 2.0), weights(between(network, "Ukraine", "Vladimir Putin")));
        assertEquals(Map.of("conflict", 2.0), weights(between(network, "Andriy Yermak", "Vladimir Putin")));
        assertEquals(3, network.edges().size());
    }

    private static Map<String, Object> weights(Map<String, Edge> edges) {
        Map<String, Object> weights = new LinkedHashMap<>();
        edges.forEach((relation, e) -> weights.put(relation, e.values().get("weight")));
        return weights;
    }

    @Test
    void supportsDemandsAndConditional_allLeanTheSameWay() {
        said(UKRAINE, null, "peace-plan", Stance.SUPPORTS);
        said(RUSSIA, null, "peace-plan", Stance.CONDITIONAL);
        said(PUTIN, null, "peace-plan", Stance.DEMANDS);

        Network network = actorActor(Relation.BOTH);

        assertEquals(3, network.edges().size());
        assertTrue(network.edges().stream().allMatch(e -> e.values().get("relation").equals("congruence")), network.edges().toString());
    }

    @Test
    void tieWeight_countsBothActorsStatementsLeaningTheirWay_notTheirOtherStatements() {
        said(PUTIN, null, "territory", Stance.DEMANDS);
        said(PUTIN, null, "territory", Stance.DEMANDS);
        said(PUTIN, null, "territory", Stance.SUPPORTS);
        said(PUTIN, null, "territory", Stance.OPPOSES);
        said(UKRAINE, null, "territory", Stance.OPPOSES);
        said(UKRAINE, null, "territory", Stance.OPPOSES);
        said(UKRAINE, null, "territory", Stance.NEUTRAL);

        Edge conflict = between(actorActor(Relation.BOTH), "Ukraine", "Vladimir Putin").get("conflict");

        assertEquals(3.0 + 2.0, conflict.values().get("weight"), "Putin's 3 leaning +, Ukraine's 2 opposing");
        assertEquals(1, conflict.values().get("topics"));
        assertEquals("territory", conflict.values().get("topic_list"));
    }

    @Test
    void tieWeight_addsUpOverTheTopicsOfTheRelation() {
        said(UKRAINE, null, "territory", Stance.OPPOSES);
        said(UKRAINE, null, "sovereignty", Stance.DEMANDS);
        said(RUSSIA, null, "territory", Stance.DEMANDS, "sovereignty", Stance.OPPOSES);
        said(RUSSIA, null, "sovereignty", Stance.OPPOSES);

        Edge conflict = between(actorActor(Relation.BOTH), "Russia", "Ukraine").get("conflict");

        assertEquals((1.0 + 1) + (1 + 2), conflict.values().get("weight"));
        assertEquals(2, conflict.values().get("topics"));
        assertEquals("sovereignty territory", conflict.values().get("topic_list"));
    }

    @Test
    void pairAgreeingOnOneTopicAndDisagreeingOnAnother_hasTwoParallelEdgesWithDistinctIds() {
        said(UKRAINE, null, "peace-plan", Stance.SUPPORTS, "territory", Stance.OPPOSES);
        said(RUSSIA, null, "peace-plan", Stance.SUPPORTS, "territory", Stance.DEMANDS);

        Map<String, Edge> both = between(actorActor(Relation.BOTH), "Russia", "Ukraine");
        Map<String, Edge> congruence = between(actorActor(Relation.CONGRUENCE), "Russia", "Ukraine");
        Map<String, Edge> conflict = between(actorActor(Relation.CONFLICT), "Russia", "Ukraine");

        assertEquals(List.of("congruence", "conflict"), List.copyOf(both.keySet()));
        assertEquals(both.get("congruence").source(), both.get("conflict").source());
        assertTrue(!both.get("congruence").id().equals(both.get("conflict").id()));
        assertEquals(List.of("congruence"), List.copyOf(congruence.keySet()));
        assertEquals(List.of("conflict"), List.copyOf(conflict.keySet()));
    }

    @Test
    void subtract_givesOneSignedEdgePerPair_andNoneWhenCongruenceAndConflictCancelOut() {
        said(UKRAINE, null, "peace-plan", Stance.SUPPORTS, "territory", Stance.OPPOSES);
        said(UKRAINE, null, "territory", Stance.OPPOSES);
        said(RUSSIA, null, "peace-plan", Stance.SUPPORTS, "territory", Stance.DEMANDS);
        said(YERMAK, null, "peace-plan", Stance.SUPPORTS);
        said(YERMAK, null, "peace-plan", Stance.SUPPORTS, "territory", Stance.DEMANDS);

        Network network = actorActor(Relation.SUBTRACT);

        Map<String, Edge> russiaUkraine = between(network, "Russia", "Ukraine");
        assertEquals(1, russiaUkraine.size());
        Edge edge = russiaUkraine.get("conflict");
        assertEquals((1.0 + 1) - (1 + 2), edge.values().get("weight"));
        assertEquals(2, edge.values().get("congruence"));
        assertEquals(3, edge.values().get("conflict"));
        assertEquals("peace-plan territory", edge.values().get("topic_list"));
        assertEquals(Map.of("congruence", (1.0 + 2) + (1 + 1)), weights(between(network, "Russia", "Andriy Yermak")));
        assertTrue(between(network, "Andriy Yermak", "Ukraine").isEmpty(), "congruence 1+2 and conflict 1+2 cancel out");
    }

    @Test
    void neutralAndEvenlySplitActors_areNodesWithoutTies() {
        said(ANALYSTS, null, "territory", Stance.NEUTRAL);
        said(HEDGER, null, "territory", Stance.SUPPORTS);
        said(HEDGER, null, "territory", Stance.OPPOSES);
        said(UKRAINE, null, "territory", Stance.OPPOSES);
        said(PUTIN, null, "territory", Stance.DEMANDS);

        Network network = actorActor(Relation.BOTH);

        assertEquals(List.of("analysts", "Hedger", "Ukraine", "Vladimir Putin"), network.nodes().stream().map(Network.Node::label).toList());
        assertTrue(between(network, "analysts", "Ukraine").isEmpty());
        assertTrue(between(network, "Hedger", "Ukraine").isEmpty());
        assertTrue(between(network, "Hedger", "Vladimir Putin").isEmpty());
        assertEquals(1, network.edges().size());
    }

    @Test
    void withoutRollUp_speakersAreTheActors() {
        said(YERMAK, UKRAINE, "territory", Stance.OPPOSES);
        said(YERMAK, UKRAINE, "territory", Stance.OPPOSES);
        said(UKRAINE, null, "territory", Stance.OPPOSES);
        said(PUTIN, RUSSIA, "territory", Stance.DEMANDS);

        Network network = built(false).actorActor(Relation.BOTH, "test");

        assertEquals(List.of("Andriy Yermak", "Ukraine", "Vladimir Putin"), network.nodes().stream().map(Network.Node::label).toList());
        assertEquals("Ukraine", node(network, "Andriy Yermak").values().get("speaks_for"));
        assertEquals(Map.of("congruence", 3.0), weights(between(network, "Andriy Yermak", "Ukraine")));
    }

    @Test
    void rollUp_countsEachStatementForTheActorItsSpeakerSpeaksFor() {
        said(YERMAK, UKRAINE, "territory", Stance.OPPOSES);
        said(YERMAK, UKRAINE, "territory", Stance.OPPOSES);
        said(UKRAINE, null, "territory", Stance.OPPOSES);
        said(PUTIN, RUSSIA, "territory", Stance.DEMANDS);

        Network network = built(true).actorActor(Relation.BOTH, "test");

        assertEquals(List.of("Russia", "Ukraine"), network.nodes().stream().map(Network.Node::label).toList());
        assertEquals(3, node(network, "Ukraine").values().get("statements"));
        assertEquals("government", node(network, "Russia").values().get("kind"), "the kind of an actor that only others speak for");
        assertEquals(Map.of("conflict", 3.0 + 1), weights(between(network, "Russia", "Ukraine")));
    }

    @Test
    void actorTopic_hasAnEdgePerActorAndTopic_withStanceCountsDominantStanceAndPolarity() {
        said(PUTIN, RUSSIA, "territory", Stance.DEMANDS);
        said(PUTIN, RUSSIA, "territory", Stance.DEMANDS, "ceasefire-conditions", Stance.CONDITIONAL);
        said(PUTIN, RUSSIA, "territory", Stance.OPPOSES);
        said(PUTIN, RUSSIA, "territory", Stance.NEUTRAL);
        said(UKRAINE, null, "territory", Stance.OPPOSES);

        Network network = built(false).actorTopic("test");

        assertEquals(List.of("Ukraine", "Vladimir Putin", "Ceasefire conditions", "Territory"), network.nodes().stream().map(Network.Node::label).toList());
        assertEquals(Map.of("type", "actor", "kind", "person", "speaks_for", "Russia", "bipartite", 0, "statements", 4), node(network, "Vladimir Putin").values());
        assertEquals(Map.of("type", "topic", "bipartite", 1, "statements", 5), node(network, "Territory").values());
        Edge territory = network.edges().stream().filter(e -> e.id().equals("actor-4--topic-territory")).findFirst().orElseThrow();
        assertEquals("actor-4", territory.source());
        assertEquals("topic-territory", territory.target());
        assertEquals(4.0, territory.values().get("weight"));
        assertEquals("demands", territory.values().get("stance"));
        assertEquals((2 - 1) / 4.0, territory.values().get("polarity"));
        assertEquals(List.of(0, 1, 0, 2, 1), List.of(territory.values().get("supports"), territory.values().get("opposes"),
                territory.values().get("conditional"), territory.values().get("demands"), territory.values().get("neutral")));
        assertEquals("1 2 3 4", territory.values().get("evidence"));
        assertEquals(3, network.edges().size());
    }

    @Test
    void actorTopic_withRollUp_hasTheActorSpokenFor() {
        said(YERMAK, UKRAINE, "territory", Stance.OPPOSES);
        said(UKRAINE, null, "territory", Stance.OPPOSES);

        Network network = built(true).actorTopic("test");

        assertEquals(List.of("Ukraine", "Territory"), network.nodes().stream().map(Network.Node::label).toList());
        assertEquals(2.0, network.edges().get(0).values().get("weight"));
        assertEquals("1 2", network.edges().get(0).values().get("evidence"));
    }

    @Test
    void statementOnTwoTopics_countsOnceForItsActor() {
        said(UKRAINE, null, "territory", Stance.OPPOSES, "sovereignty", Stance.DEMANDS);

        NetworkBuilder builder = built(false);

        assertEquals(1, node(builder.actorTopic("test"), "Ukraine").values().get("statements"));
        assertEquals(1, builder.statements());
        assertEquals(2, builder.topics());
    }

    @Test
    void statementsOutOfIdOrder_areRefused() {
        NetworkBuilder builder = new NetworkBuilder(false);
        builder.add(new StatementStance(5, UKRAINE, null, "territory", "Territory", Stance.OPPOSES, null));

        assertThrows(IllegalStateException.class,
                () -> builder.add(new StatementStance(4, RUSSIA, null, "territory", "Territory", Stance.DEMANDS, null)));
    }

    @Test
    void nodesAndEdges_comeInAStableOrder_withIdsFromTheDatabaseIds() {
        said(PUTIN, null, "territory", Stance.DEMANDS);
        said(UKRAINE, null, "territory", Stance.OPPOSES);
        said(RUSSIA, null, "territory", Stance.DEMANDS);

        Network network = actorActor(Relation.BOTH);

        assertEquals(List.of("actor-2", "actor-1", "actor-4"), network.nodes().stream().map(Network.Node::id).toList());
        assertEquals(List.of("actor-2--actor-1--conflict", "actor-2--actor-4--congruence", "actor-1--actor-4--conflict"),
                network.edges().stream().map(Edge::id).toList());
    }
}
