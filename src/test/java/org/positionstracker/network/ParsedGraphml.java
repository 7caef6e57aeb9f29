package org.positionstracker.network;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A GraphML document read back with a DOM parser (which fails on anything not well-formed) and
 * checked for the structure GraphML requires of it: the GraphML namespace, one undirected graph,
 * every {@code <data>} naming a declared key for its kind of element, attr.type one of GraphML's,
 * unique node and edge ids, edges joining declared nodes. Values are then looked up by attr.name.
 */
public record ParsedGraphml(String graphId, String description, Map<String, Map<String, String>> nodes,
                            List<ParsedEdge> edges, Map<String, String> keyTypes) {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final Set<String> TYPES = Set.of("boolean", "int", "long", "float", "double", "string");

    public record ParsedEdge(String id, String source, String target, Map<String, String> values) {
    }

    public static ParsedGraphml read(Path file) throws Exception {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static ParsedGraphml parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws SAXException {
                throw e;
            }
        });
        Document doc = builder.parse(new InputSource(new StringReader(xml)));
        Element root = doc.getDocumentElement();
        check("graphml".equals(root.getLocalName()) && NS.equals(root.getNamespaceURI()), "root is not graphml in the GraphML namespace");

        Map<String, String[]> keys = new LinkedHashMap<>(); // id -> {for, attr.name}
        Map<String, String> keyTypes = new LinkedHashMap<>(); // "node:label" -> "string"
        for (Element key : children(root, "key")) {
            String type = key.getAttribute("attr.type");
            check(TYPES.contains(type), "key " + key.getAttribute("id") + " has attr.type '" + type + "'");
            check(keys.put(key.getAttribute("id"), new String[] {key.getAttribute("for"), key.getAttribute("attr.name")}) == null,
                    "key id " + key.getAttribute("id") + " declared twice");
            keyTypes.put(key.getAttribute("for") + ":" + key.getAttribute("attr.name"), type);
        }
        List<Element> graphs = children(root, "graph");
        check(graphs.size() == 1, "expected one graph, found " + graphs.size());
        Element graph = graphs.get(0);
        check("undirected".equals(graph.getAttribute("edgedefault")), "edgedefault is " + graph.getAttribute("edgedefault"));
        List<Element> desc = children(graph, "desc");

        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        for (Element node : children(graph, "node")) {
            check(!nodes.containsKey(node.getAttribute("id")), "two nodes with id " + node.getAttribute("id"));
            nodes.put(node.getAttribute("id"), values(node, "node", keys));
        }
        List<ParsedEdge> edges = new ArrayList<>();
        Set<String> edgeIds = new HashSet<>();
        for (Element edge : children(graph, "edge")) {
            String id = edge.getAttribute("id");
            check(edgeIds.add(id), "two edges with id " + id);
            check(nodes.containsKey(edge.getAttribute("source")) && nodes.containsKey(edge.getAttribute("target")),
                    "edge " + id + " joins an undeclared node");
            edges.add(new ParsedEdge(id, edge.getAttribute("source"), edge.getAttribute("target"), values(edge, "edge", keys)));
        }
        return new ParsedGraphml(graph.getAttribute("id"), desc.isEmpty() ? null : desc.get(0).getTextContent(), nodes, edges, keyTypes);
    }

    private static Map<String, String> values(Element element, String kind, Map<String, String[]> keys) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element data : children(element, "data")) {
            String[] key = keys.get(data.getAttribute("key"));
            check(key != null, kind + " data uses the undeclared key " + data.getAttribute("key"));
            check(kind.equals(key[0]) || "all".equals(key[0]), "key " + data.getAttribute("key") + " is for " + key[0] + ", used on a " + kind);
            values.put(key[1], data.getTextContent());
        }
        return values;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e && NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) found.add(e);
        }
        return found;
    }

    private static void check(boolean condition, String problem) {
        if (!condition) throw new AssertionError("not valid GraphML: " + problem);
    }

    /** The label of a node. */
    public String label(String nodeId) {
        return nodes.get(nodeId).get("label");
    }

    /** Node ids by label; labels must be unique for this. */
    public Map<String, String> idsByLabel() {
        Map<String, String> ids = new LinkedHashMap<>();
        nodes.forEach((id, values) -> check(ids.put(values.get("label"), id) == null, "two nodes labelled " + values.get("label")));
        return ids;
    }
}
