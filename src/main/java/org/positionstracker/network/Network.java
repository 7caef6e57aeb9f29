package org.positionstracker.network;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A network ready to be written: the attribute columns nodes and edges carry, with their types,
 * then the nodes and the edges in the order they are written. Every node and edge value belongs
 * to a declared column and has that column's type; a missing value is simply absent. Edges may
 * be parallel (two edges between the same nodes with different ids).
 *
 * @param kind        what the network is, e.g. "actor-topic"; also the GraphML graph id
 * @param description one line saying what was selected, for the file's reader
 */
public record Network(String kind, String description, List<Column> nodeColumns, List<Column> edgeColumns,
                      List<Node> nodes, List<Edge> edges) {
    /** Every node has an id and a label; every edge an id, a source and a target: no column may take those names. */
    private static final Set<String> RESERVED = Set.of("id", "label", "source", "target");

    public Network {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        nodeColumns = List.copyOf(nodeColumns);
        edgeColumns = List.copyOf(edgeColumns);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        checkColumns(nodeColumns, "node");
        checkColumns(edgeColumns, "edge");
        Set<String> nodeIds = new HashSet<>();
        for (Node n : nodes) {
            if (!nodeIds.add(n.id())) throw new IllegalArgumentException("two nodes have the id " + n.id());
            checkValues(n.values(), nodeColumns, "node " + n.id());
        }
        Set<String> edgeIds = new HashSet<>();
        for (Edge e : edges) {
            if (!edgeIds.add(e.id())) throw new IllegalArgumentException("two edges have the id " + e.id());
            if (!nodeIds.contains(e.source()) || !nodeIds.contains(e.target()))
                throw new IllegalArgumentException("edge " + e.id() + " joins a node that is not in the network");
            checkValues(e.values(), edgeColumns, "edge " + e.id());
        }
    }

    private static void checkColumns(List<Column> columns, String what) {
        Set<String> names = new HashSet<>();
        for (Column c : columns) {
            if (RESERVED.contains(c.name())) throw new IllegalArgumentException(what + " column name " + c.name() + " is reserved");
            if (!names.add(c.name())) throw new IllegalArgumentException(what + " column " + c.name() + " is declared twice");
        }
    }

    private static void checkValues(Map<String, Object> values, List<Column> columns, String where) {
        for (Map.Entry<String, Object> v : values.entrySet()) {
            Column column = columns.stream().filter(c -> c.name().equals(v.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(where + " has a value for the undeclared column " + v.getKey()));
            if (!column.type().accepts(v.getValue()))
                throw new IllegalArgumentException(where + ": " + v.getValue() + " is not a " + column.type().graphmlName() + " (column " + v.getKey() + ")");
        }
    }

    /** The type of a column, named as GraphML's attr.type names it. */
    public enum ColumnType {
        INT("int"), DOUBLE("double"), STRING("string");

        private final String graphmlName;

        ColumnType(String graphmlName) {
            this.graphmlName = graphmlName;
        }

        public String graphmlName() {
            return graphmlName;
        }

        boolean accepts(Object value) {
            return switch (this) {
                case INT -> value instanceof Integer || value instanceof Long;
                case DOUBLE -> value instanceof Number;
                case STRING -> value instanceof String;
            };
        }
    }

    public record Column(String name, ColumnType type) {
        private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

        public Column {
            if (name == null || !NAME.matcher(name).matches()) throw new IllegalArgumentException("bad column name " + name);
            Objects.requireNonNull(type, "type");
        }
    }

    /** A node; {@code values} maps column names to values (null values are dropped). */
    public record Node(String id, String label, Map<String, Object> values) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            values = withoutNulls(values);
        }
    }

    /** An edge between two nodes of the network; undirected, so source and target only fix the order written. */
    public record Edge(String id, String source, String target, Map<String, Object> values) {
        public Edge {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            values = withoutNulls(values);
        }
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) copy.put(k, v);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A value as written to a file: whole numbers without a decimal point, other numbers with at
     * most four decimals (a dot, never the locale's comma), text as it is.
     */
    public static String text(Object value) {
        if (value instanceof Double d) {
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
            return new java.math.BigDecimal(d).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

}
