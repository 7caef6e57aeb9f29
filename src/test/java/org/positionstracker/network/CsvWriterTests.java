package org.positionstracker.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.positionstracker.network.Network.Column;
import org.positionstracker.network.Network.ColumnType;
import org.positionstracker.network.Network.Edge;
import org.positionstracker.network.Network.Node;

class CsvWriterTests {
    private static final Network NETWORK = new Network("actor-actor", "test",
            List.of(new Column("kind", ColumnType.STRING), new Column("statements", ColumnType.INT)),
            List.of(new Column("weight", ColumnType.DOUBLE), new Column("relation", ColumnType.STRING)),
            List.of(new Node("actor-1", "Smith, \"Jr.\"", Map.of("kind", "person", "statements", 3)),
                    new Node("actor-2", "Ukraine", Map.of("statements", 1))),
            List.of(new Edge("actor-1--actor-2--conflict", "actor-1", "actor-2", Map.of("weight", 4.0, "relation", "conflict"))));

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
    }

    @Test
    void edgeList_startsWithSourceAndTarget_andEndsWithTheirLabels() throws Exception {
        StringWriter out = new StringWriter();

        new CsvWriter().writeEdges(NETWORK, out);

        List<CSVRecord> rows = parse(out.toString());
        assertEquals("source,target,id,type,weight,relation,source_label,target_label", out.toString().lines().findFirst().orElseThrow());
        assertEquals(List.of("actor-1", "actor-2", "actor-1--actor-2--conflict", "undirected", "4", "conflict", "Smith, \"Jr.\"", "Ukraine"),
                rows.get(0).toList());
    }

    @Test
    void nodeList_hasIdLabelAndTheNodeColumns_withEmptyCellsForMissingValues() throws Exception {
        StringWriter out = new StringWriter();

        new CsvWriter().writeNodes(NETWORK, out);

        List<CSVRecord> rows = parse(out.toString());
        assertEquals(List.of("actor-1", "Smith, \"Jr.\"", "person", "3"), rows.get(0).toList());
        assertEquals(List.of("actor-2", "Ukraine", "", "1"), rows.get(1).toList());
    }
}
