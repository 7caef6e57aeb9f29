package org.positionstracker.overview;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reading the overview's HTML back in tests. The page is also well-formed XML, so the JDK's XML
 * parser reads it: a parse failure is a nesting or escaping error.
 */
public final class HtmlText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);");

    private HtmlText() {
    }

    /** The text of an HTML fragment the plain way: tags removed, entities decoded. */
    public static String stripTags(String html) {
        String noTags = TAG.matcher(html).replaceAll("");
        Matcher m = ENTITY.matcher(noTags);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String decoded = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    if (!e.startsWith("#")) throw new IllegalArgumentException("unknown entity &" + e + ";");
                    int cp = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                    yield new String(Character.toChars(cp));
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Parses a whole page, or a fragment wrapped in one element, as XML. */
    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    public static Document parseFragment(String html) {
        return parse("<div>" + html + "</div>");
    }

    public static List<Element> elements(Node root, String tag) {
        NodeList list = root instanceof Document d ? d.getElementsByTagName(tag) : ((Element) root).getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    public static List<Element> withClass(Node root, String tag, String cssClass) {
        return elements(root, tag).stream().filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
    }

    /** The text a statement's marks cover: the text of its fragments, in document order. */
    public static String markedText(Node root, long statementId) {
        StringBuilder s = new StringBuilder();
        for (Element m : elements(root, "mark")) if (m.getAttribute("data-s").equals(Long.toString(statementId))) s.append(m.getTextContent());
        return s.toString();
    }
}
