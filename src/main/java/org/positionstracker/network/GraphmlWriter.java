package org.positionstracker.network;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.positionstracker.network.Network.Column;

/**
 * Writes a network as GraphML (graphml.graphdrawing.org), as Gephi, visone, yEd, igraph and
 * networkx read it: a {@code <key>} with {@code attr.name} and {@code attr.type} for the node
 * label and for every node and edge column, one undirected graph, a {@code <data>} element per
 * value present. Key ids are {@code n_} or {@code e_} and the column name, so they are the same
 * in every file. Characters XML 1.0 cannot hold (most control characters, unpaired surrogates)
 * are written as U+FFFD.
 */
public final class GraphmlWriter {
    static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA_LOCATION = GRAPHML_NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private static final char REPLACEMENT = '\uFFFD';

    public void write(Network network, Writer out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            newline(x, 0);
            x.setDefaultNamespace(GRAPHML_NS);
            x.writeStartElement(GRAPHML_NS, "graphml");
            x.writeDefaultNamespace(GRAPHML_NS);
            x.writeNamespace("xsi", XSI_NS);
            x.writeAttribute(XSI_NS, "schemaLocation", SCHEMA_LOCATION);
            key(x, "n_label", "node", "label", "string");
            for (Column c : network.nodeColumns()) key(x, nodeKey(c), "node", c.name(), c.type().graphmlName());
            for (Column c : network.edgeColumns()) key(x, edgeKey(c), "edge", c.name(), c.type().graphmlName());
            newline(x, 1);
            x.writeStartElement(GRAPHML_NS, "graph");
            x.writeAttribute("id", network.kind());
            x.writeAttribute("edgedefault", "undirected");
            newline(x, 2);
            x.writeStartElement(GRAPHML_NS, "desc");
            x.writeCharacters(xmlSafe(network.description()));
            x.writeEndElement();
            for (Network.Node n : network.nodes()) {
                newline(x, 2);
                x.writeStartElement(GRAPHML_NS, "node");
                x.writeAttribute("id", xmlSafe(n.id()));
                data(x, "n_label", n.label());
                values(x, network.nodeColumns(), n.values(), "n_");
                newline(x, 2);
                x.writeEndElement();
            }
            for (Network.Edge e : network.edges()) {
                newline(x, 2);
                x.writeStartElement(GRAPHML_NS, "edge");
                x.writeAttribute("id", xmlSafe(e.id()));
                x.writeAttribute("source", xmlSafe(e.source()));
                x.writeAttribute("target", xmlSafe(e.target()));
                values(x, network.edgeColumns(), e.values(), "e_");
                newline(x, 2);
                x.writeEndElement();
            }
            newline(x, 1);
            x.writeEndElement();
            newline(x, 0);
            x.writeEndElement();
            newline(x, 0);
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    static String nodeKey(Column c) {
        return "n_" + c.name();
    }

    static String edgeKey(Column c) {
        return "e_" + c.name();
    }

    private static void key(XMLStreamWriter x, String id, String forWhat, String name, String type) throws XMLStreamException {
        newline(x, 1);
        x.writeEmptyElement(GRAPHML_NS, "key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", forWhat);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void values(XMLStreamWriter x, List<Column> columns, Map<String, Object> values, String prefix) throws XMLStreamException {
        for (Column c : columns) {
            Object value = values.get(c.name());
            if (value != null) data(x, prefix + c.name(), Network.text(value));
        }
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        newline(x, 3);
        x.writeStartElement(GRAPHML_NS, "data");
        x.writeAttribute("key", key);
        x.writeCharacters(xmlSafe(value));
        x.writeEndElement();
    }

    private static void newline(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The text with every character XML 1.0 does not allow replaced by U+FFFD. */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            if (b != null) {
                if (allowed) b.appendCodePoint(cp);
                else b.append(REPLACEMENT);
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }
}
