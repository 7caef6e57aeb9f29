package org.positionstracker.network;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.positionstracker.network.Network.Column;

/**
 * Writes a network as two CSV tables (RFC 4180, with a header row) in the shape Gephi's
 * spreadsheet import and R's {@code igraph::graph_from_data_frame(edges, vertices = nodes)} take:
 * an edge list whose first two columns are the source and target node ids, and a node list whose
 * first column is the node id.
 *
 * <p>Edges: {@code source, target, id, type} (always {@code undirected}, which Gephi reads as the
 * edge's direction), the edge columns, then {@code source_label, target_label} so the list can
 * be read alone. Nodes: {@code id, label} and the node columns. A missing value is an empty cell.
 */
public final class CsvWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    public void writeEdges(Network network, Writer out) throws IOException {
        Map<String, String> labels = new HashMap<>();
        network.nodes().forEach(n -> labels.put(n.id(), n.label()));
        List<String> header = new ArrayList<>(List.of("source", "target", "id", "type"));
        network.edgeColumns().forEach(c -> header.add(c.name()));
        header.addAll(List.of("source_label", "target_label"));
        CSVPrinter csv = new CSVPrinter(out, FORMAT.builder().setHeader(header.toArray(String[]::new)).get());
        for (Network.Edge e : network.edges()) {
            List<String> row = new ArrayList<>(List.of(e.source(), e.target(), e.id(), "undirected"));
            row.addAll(cells(network.edgeColumns(), e.values()));
            row.add(labels.get(e.source()));
            row.add(labels.get(e.target()));
            csv.printRecord(row);
        }
        csv.flush();
    }

    public void writeNodes(Network network, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("id", "label"));
        network.nodeColumns().forEach(c -> header.add(c.name()));
        CSVPrinter csv = new CSVPrinter(out, FORMAT.builder().setHeader(header.toArray(String[]::new)).get());
        for (Network.Node n : network.nodes()) {
            List<String> row = new ArrayList<>(List.of(n.id(), n.label()));
            row.addAll(cells(network.nodeColumns(), n.values()));
            csv.printRecord(row);
        }
        csv.flush();
    }

    private static List<String> cells(List<Column> columns, Map<String, Object> values) {
        List<String> cells = new ArrayList<>();
        for (Column c : columns) {
            Object v = values.get(c.name());
            cells.add(v == null ? "" : Network.text(v));
        }
        return cells;
    }
}
