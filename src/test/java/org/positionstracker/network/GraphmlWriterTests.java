package org.positionstracker.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.positionstracker.network.Network.Column;
import org.positionstracker.network.Network.ColumnType;
import org.positionstracker.network.Network.Edge;
import org.positionstracker.network.Network.Node;

class GraphmlWriterTests {
    private static final List<Column> NODE_COLUMNS = List.of(new Column("type", ColumnType.STRING), new Column("statements", ColumnType.INT));
    private static final List<Column> EDGE_COLUMNS = List.of(new Column("weight", ColumnType.DOUBLE), new Column("relation", ColumnType.STRING));

    private static Network network(List<Node> nodes, List<Edge> edges) {
        return new Network("actor-actor", "a <test> & \"more\"", NODE_COLUMNS, EDGE_COLUMNS, nodes, edges);
    }

    private static Node actor(String id, String label) {
        return new Node(id, label, Map.of("type", "actor", "statements", 2));
    }

    private static String graphml(Network network) throws Exception {
        StringWriter out = new StringWriter();
        new GraphmlWriter().write(network, out);
        return out.toString();
    }

    @Test
    void markupCharactersQuotesAndEmoji_comeBackFromAnXmlParserAsTheyWere() throws Exception {
        List<String> names = List.of("AT&T <Holdings>", "\"Quoted\" & 'single'", "Кремль 🇺🇦 😀", "tab\there, newline\nthere", "]]> end");
        List<Node> nodes = names.stream().map(n -> actor("actor-" + names.indexOf(n), n)).toList();

        ParsedGraphml parsed = ParsedGraphml.parse(graphml(network(nodes, List.of())));

        for (int i = 0; i < names.size(); i++) assertEquals(names.get(i), parsed.label("actor-" + i));
        assertEquals("a <test> & \"more\"", parsed.description());
    }

    @Test
    void charactersXmlCannotHold_areReplaced_soTheFileStaysWellFormed() throws Exception {
        String name = "bell\u0007 nul\u0000 esc\u001B lone\uD800 ok";

        String xml = graphml(network(List.of(actor("actor-1", name)), List.of()));
        ParsedGraphml parsed = ParsedGraphml.parse(xml);

        assertEquals("bell\uFFFD nul\uFFFD esc\uFFFD lone\uFFFD ok", parsed.label("actor-1"));
    }

    @Test
    void everyValue_usesAKeyDeclaredForItsElementWithAGraphmlType() throws Exception {
        Network network = network(List.of(actor("actor-1", "A"), actor("actor-2", "B")),
                List.of(new Edge("actor-1--actor-2--conflict", "actor-1", "actor-2", Map.of("weight", 3.0, "relation", "conflict"))));

        ParsedGraphml parsed = ParsedGraphml.parse(graphml(network));

        assertEquals(Map.of("node:label", "string", "node:type", "string", "node:statements", "int",
                "edge:weight", "double", "edge:relation", "string"), parsed.keyTypes());
        assertEquals("actor-actor", parsed.graphId());
        assertEquals(Map.of("label", "A", "type", "actor", "statements", "2"), parsed.nodes().get("actor-1"));
        assertEquals(Map.of("weight", "3", "relation", "conflict"), parsed.edges().get(0).values());
    }

    @Test
    void parallelEdges_areWrittenWithTheirOwnIds() throws Exception {
        Network network = network(List.of(actor("actor-1", "A"), actor("actor-2", "B")), List.of(
                new Edge("actor-1--actor-2--congruence", "actor-1", "actor-2", Map.of("weight", 2.0, "relation", "congruence")),
                new Edge("actor-1--actor-2--conflict", "actor-1", "actor-2", Map.of("weight", 5.0, "relation", "conflict"))));

        ParsedGraphml parsed = ParsedGraphml.parse(graphml(network));

        assertEquals(List.of("actor-1--actor-2--congruence", "actor-1--actor-2--conflict"),
                parsed.edges().stream().map(ParsedGraphml.ParsedEdge::id).toList());
    }

    @Test
    void missingValue_hasNoDataElement() throws Exception {
        Node topic = new Node("topic-territory", "Territory", new java.util.HashMap<>(Map.of("type", "topic")));

        String xml = graphml(network(List.of(topic), List.of()));

        assertEquals(Map.of("label", "Territory", "type", "topic"), ParsedGraphml.parse(xml).nodes().get("topic-territory"));
        assertFalse(xml.contains("n_statements\">"), xml);
    }

    @Test
    void numbers_areWrittenWithADotAndAtMostFourDecimals() {
        assertEquals("3", Network.text(3.0));
        assertEquals("-14", Network.text(-14.0));
        assertEquals("0.3333", Network.text(1.0 / 3));
        assertEquals("-0.25", Network.text(-0.25));
        assertEquals("7", Network.text(7));
    }

    @Test
    void aValueOfAnUndeclaredColumnOrTheWrongType_isRefused() {
        Node undeclared = new Node("actor-1", "A", Map.of("colour", "red"));
        Node wrongType = new Node("actor-1", "A", Map.of("statements", "two"));

        assertThrows(IllegalArgumentException.class, () -> network(List.of(undeclared), List.of()));
        assertThrows(IllegalArgumentException.class, () -> network(List.of(wrongType), List.of()));
    }

    @Test
    void anEdgeToANodeNotInTheNetwork_isRefused() {
        Edge dangling = new Edge("e", "actor-1", "actor-9", Map.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> network(List.of(actor("actor-1", "A")), List.of(dangling)));
        assertTrue(e.getMessage().contains("edge e"), e.getMessage());
    }
}
