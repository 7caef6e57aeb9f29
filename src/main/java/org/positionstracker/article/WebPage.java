package org.positionstracker.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * A saved web page: the article's main text and the metadata the page declares.
 *
 * <p>The main content is found in this order: the {@code <article>} element with the most
 * paragraph text; else {@code <main>} or the element with {@code role="main"}; else the element
 * whose paragraphs hold the most text (a readability-style score: each paragraph of 25 or more
 * characters counts its length, minus the text of its links, for its parent and half for its
 * grandparent). Boilerplate is removed first: scripts, styles, forms, navigation, asides, page
 * headers and footers outside the article, hidden elements, and elements whose class or id names
 * sharing, comments, related links, adverts, newsletters or cookie notices (unless it also names
 * the article: its story, content, body, entry or post). Block elements become
 * paragraphs separated by a blank line, {@code <br>} a line break, and runs of white space one
 * space.
 *
 * <p>Metadata: title from {@code og:title}, else {@code <title>}, else JSON-LD {@code headline};
 * date from {@code article:published_time}, else JSON-LD {@code datePublished}; outlet from
 * {@code og:site_name}, else JSON-LD {@code publisher.name}; url from {@code <link rel=canonical>},
 * else {@code og:url}. A date the page writes in a form not understood is left out.
 */
record WebPage(String text, ArticleMetadata metadata) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIN_PARAGRAPH = 25;
    private static final Pattern BOILERPLATE_NAME = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:share|sharing|social|related|recommended|comments?|promo|advert|ads?|newsletter|cookies?|subscribe|"
                    + "breadcrumbs?|menu|sidebar|masthead|paywall|popup|modal)(?:$|[-_\\s])");
    private static final Pattern CONTENT_NAME = Pattern.compile("(?i)(?:^|[-_\\s])(?:article|story|content|body|entry|post)");
    private static final String BOILERPLATE_TAGS = "script, style, noscript, template, iframe, svg, canvas, form, button, input, select, "
            + "textarea, nav, aside, dialog, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3",
            "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th",
            "address", "hr");

    static WebPage parse(byte[] bytes, Path file) throws ArticleRejectedException {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new ArticleRejectedException(file, "not a readable web page (" + e.getMessage() + ")");
        }
        ArticleMetadata metadata = metadata(page);
        removeBoilerplate(page);
        Element content = mainContent(page);
        return new WebPage(content == null ? "" : plainText(content), metadata);
    }

    private static ArticleMetadata metadata(Document page) {
        Map<String, String> jsonLd = jsonLd(page);
        String title = first(meta(page, "og:title"), page.title(), jsonLd.get("headline"));
        String published = first(meta(page, "article:published_time"), jsonLd.get("datePublished"));
        LocalDate day = PublicationDates.parse(published).orElse(null);
        String outlet = first(meta(page, "og:site_name"), jsonLd.get("publisher"));
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = first(canonical == null ? null : canonical.attr("href"), meta(page, "og:url"));
        return new ArticleMetadata(title, outlet, url, day);
    }

    private static String meta(Document page, String property) {
        Element e = page.selectFirst("meta[property=" + property + "][content], meta[name=" + property + "][content]");
        return e == null ? null : e.attr("content");
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }

    /** headline, datePublished and publisher name from the page's JSON-LD, wherever in its graph they are. */
    private static Map<String, String> jsonLd(Document page) {
        Map<String, String> found = new HashMap<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), found);
            } catch (IOException e) {
                // a page's broken JSON-LD only means that metadata is missing; the article text is still there
            }
        }
        return found;
    }

    private static void collect(JsonNode node, Map<String, String> found) {
        if (node == null) return;
        if (node.isArray()) {
            node.forEach(n -> collect(n, found));
            return;
        }
        if (!node.isObject()) return;
        putText(node.get("headline"), "headline", found);
        putText(node.get("datePublished"), "datePublished", found);
        JsonNode publisher = node.get("publisher");
        if (publisher != null) putText(publisher.isObject() ? publisher.get("name") : publisher, "publisher", found);
        collect(node.get("@graph"), found);
    }

    private static void putText(JsonNode value, String key, Map<String, String> found) {
        if (value != null && value.isValueNode() && !value.asText().isBlank()) found.putIfAbsent(key, value.asText());
    }

    private static void removeBoilerplate(Document page) {
        page.select(BOILERPLATE_TAGS).remove();
        for (Element e : page.select("header, footer")) {
            if (e.closest("article, main, [role=main]") == null) e.remove();
        }
        for (Element e : page.body().select("[class], [id]")) {
            if (e.parent() == null || e.is("article, main, [role=main]")) continue;
            String names = e.className() + " " + e.id();
            // "article-body has-share-tools" is the article, whatever else its names say
            if (BOILERPLATE_NAME.matcher(names).find() && !CONTENT_NAME.matcher(names).find()) e.remove();
        }
    }

    private static Element mainContent(Document page) {
        Element best = null;
        int bestLength = 0;
        for (Element article : page.select("article")) {
            int length = paragraphText(article);
            if (best == null || length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null && !best.text().isBlank()) return best;
        Element main = page.selectFirst("main, [role=main]");
        if (main != null && !main.text().isBlank()) return main;
        Element scored = highestScoring(page);
        return scored != null ? scored : page.body();
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) n += p.text().length();
        return n;
    }

    private static Element highestScoring(Document page) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : page.body().select("p, pre, blockquote")) {
            int length = p.text().length() - linkText(p);
            if (length < MIN_PARAGRAPH) continue;
            Element parent = p.parent();
            if (parent == null) continue;
            scores.merge(parent, (double) length, Double::sum);
            Element grandparent = parent.parent();
            if (grandparent != null) scores.merge(grandparent, length / 2.0, Double::sum);
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static int linkText(Element e) {
        int n = 0;
        for (Element a : e.select("a")) n += a.text().length();
        return n;
    }

    private static String plainText(Element content) {
        StringBuilder out = new StringBuilder();
        content.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendCollapsed(out, text.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) newline(out, 1);
                    else if (BLOCKS.contains(e.normalName())) newline(out, 2);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) newline(out, 2);
            }
        });
        String text = out.toString().strip();
        return text.isEmpty() ? "" : text + "\n";
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean space = Character.isWhitespace(ch) || ch == '\u00A0';
            if (space) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') out.append(' ');
            } else {
                out.append(ch);
            }
        }
    }

    /** Ends the current line (and, for a paragraph, leaves one blank line), without trailing spaces or stacked blank lines. */
    private static void newline(StringBuilder out, int count) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
        if (out.isEmpty()) return;
        int have = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) have++;
        for (int i = have; i < count; i++) out.append('\n');
    }
}
