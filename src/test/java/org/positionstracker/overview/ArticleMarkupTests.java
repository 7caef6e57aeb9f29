package org.positionstracker.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.positionstracker.overview.ArticleMarkup.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ArticleMarkupTests {
    private static final Function<List<Span>, String> NO_CARDS = spans -> "";

    private static Span span(long id, String text, String covered) {
        int start = text.indexOf(covered);
        assertTrue(start >= 0, covered);
        return new Span(id, start, start + covered.length(), "st-supports");
    }

    private static String render(String text, Span... spans) {
        return ArticleMarkup.render(text, List.of(spans), NO_CARDS);
    }

    /** Every check that holds for any text and spans. */
    private static void assertFaithful(String text, List<Span> spans, String html) {
        assertEquals(text, HtmlText.stripTags(html), "tags stripped");
        Document dom = HtmlText.parseFragment(html);
        assertEquals(text, dom.getDocumentElement().getTextContent(), "XML text");
        for (Span s : spans) {
            int start = s.start();
            int end = s.end();
            if (Character.isLowSurrogate(text.charAt(start)) && start > 0 && Character.isHighSurrogate(text.charAt(start - 1))) start--;
            if (end < text.length() && Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) end++;
            assertEquals(text.substring(start, end), HtmlText.markedText(dom, s.id()), "marks of span " + s);
            long anchors = HtmlText.elements(dom, "mark").stream().filter(m -> m.getAttribute("id").equals("s" + s.id())).count();
            assertEquals(1, anchors, "one anchor for " + s);
        }
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (Character.isHighSurrogate(c)) assertTrue(i + 1 < html.length() && Character.isLowSurrogate(html.charAt(++i)), "lone high surrogate at " + i);
            else assertFalse(Character.isLowSurrogate(c), "lone low surrogate at " + i);
        }
    }

    @Test
    void span_isMarkedExactlyAtItsOffsets() {
        String text = "Putin said Ukraine must leave.";
        Span s = span(7, text, "Ukraine must leave");

        String html = render(text, s);

        assertTrue(html.contains("said <mark class=\"st-supports\" data-s=\"7\" id=\"s7\">Ukraine must leave</mark>."), html);
        assertFaithful(text, List.of(s), html);
    }

    @Test
    void nestedSpans_innerMarkSitsInsideTheOuterOne() {
        String text = "He said that the plan must respect sovereignty, officials said.";
        Span outer = span(1, text, "the plan must respect sovereignty");
        Span inner = span(2, text, "must respect");

        String html = render(text, inner, outer);

        assertTrue(html.contains("<mark class=\"st-supports\" data-s=\"1\" id=\"s1\">the plan <mark class=\"st-supports\" data-s=\"2\" id=\"s2\">must respect</mark> sovereignty</mark>"), html);
        assertFaithful(text, List.of(outer, inner), html);
    }

    @Test
    void crossingSpans_areSplitAndReopened_withoutLosingOrRepeatingText() {
        String text = "one two three four five";
        Span a = span(1, text, "two three");
        Span b = span(2, text, "three four");

        String html = render(text, a, b);

        assertEquals(2, html.split("data-s=\"2\"", -1).length - 1, "b is open in a and after it: " + html);
        assertTrue(html.contains("class=\"st-supports cont\" data-s=\"2\">"), html);
        assertFaithful(text, List.of(a, b), html);
    }

    @Test
    void spanOverTwoParagraphs_isMarkedInBoth_andAnchoredOnce() {
        String text = "“We will not trade land.\n“Not now, not ever,” he said.\nLast line.";
        Span s = new Span(5, 1, text.indexOf('”'), "st-opposes");

        String html = render(text, s);

        Document dom = HtmlText.parseFragment(html);
        List<Element> paragraphs = HtmlText.withClass(dom, "p", "para");
        assertEquals(3, paragraphs.size());
        assertEquals(1, HtmlText.elements(paragraphs.get(0), "mark").size());
        assertEquals(1, HtmlText.elements(paragraphs.get(1), "mark").size());
        assertTrue(paragraphs.get(2).getParentNode().getNodeName().equals("details"), "the last line has no statement: folded");
        assertFaithful(text, List.of(s), html);
    }

    @Test
    void markupCharactersAndQuotes_areEscaped() {
        String text = "He said \"a < b & c > d\" and 'e'.";
        Span s = span(3, text, "\"a < b & c > d\"");

        String html = render(text, s);

        assertTrue(html.contains(">\"a &lt; b &amp; c &gt; d\"</mark>"), html);
        assertFaithful(text, List.of(s), html);
    }

    @Test
    void emoji_areKeptWhole_evenWhenAnOffsetFallsInsideTheSurrogatePair() {
        String text = "Fans said 😀 great 😀 day.";
        int firstEmoji = text.indexOf("😀");
        Span inside = new Span(1, firstEmoji + 1, text.lastIndexOf("😀") + 1, "st-neutral");
        Span whole = span(2, text, "great");

        String html = render(text, inside, whole);

        assertTrue(html.contains("id=\"s1\">😀 "), html);
        assertFaithful(text, List.of(inside, whole), html);
    }

    @Test
    void crlfLineBreaks_separateParagraphs_andCarriageReturnsSurviveAsReferences() {
        String text = "First line says hello.\r\n\r\nSecond line says \"bye\".\r\n";
        Span s = span(1, text, "hello.\r\n\r\nSecond");

        String html = render(text, s);

        assertEquals(2, HtmlText.withClass(HtmlText.parseFragment(html), "p", "para").size());
        assertTrue(html.contains("&#13;\n&#13;\n"), html);
        assertFalse(html.contains("\r"), "an HTML parser would turn a raw CR LF into LF");
        assertFaithful(text, List.of(s), html);
    }

    @Test
    void linesWithoutStatements_areFoldedIntoDetails_andCardsStandBesideTheirLine() {
        String text = "Menu\nView All\nHe said: peace now.\nFooter\n)";
        Span s = span(9, text, "peace now");

        String html = ArticleMarkup.render(text, List.of(s), spans -> spans.isEmpty() ? "" : "<b>card " + spans.get(0).id() + "</b>");

        Document dom = HtmlText.parseFragment(html);
        List<Element> gaps = HtmlText.elements(dom, "details");
        assertEquals(2, gaps.size());
        assertEquals("2 lines without statements", HtmlText.elements(gaps.get(0), "summary").get(0).getAttribute("data-label"));
        Element row = HtmlText.withClass(dom, "div", "row").get(0);
        assertEquals("card 9", HtmlText.elements(row, "aside").get(0).getTextContent());
    }

    @Test
    void spanPastTheTextsEnd_isRefused() {
        Span s = new Span(1, 2, 40, "st-supports");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> render("short text", s));

        assertTrue(e.getMessage().contains("#1"), e.getMessage());
    }

    @Test
    void randomSpansOverAwkwardText_neverLoseDuplicateOrMisplaceText() {
        String[] pieces = {"a", "bc", " ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t", "<", ">", "&", "&amp;", "\"", "'", "😀", "é",
                "\u2028", "“", "”", "Kyiv", "</mark>", " \n \n"};
        Random random = new Random(20240611L);
        for (int round = 0; round < 400; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            List<Span> spans = new ArrayList<>();
            int count = random.nextInt(8);
            for (int i = 0; i < count && text.length() > 0; i++) {
                int start = random.nextInt(text.length());
                int end = start + 1 + random.nextInt(text.length() - start);
                spans.add(new Span(100 + i, start, end, random.nextBoolean() ? "st-opposes" : "st-mixed"));
            }

            String html = ArticleMarkup.render(text, spans, NO_CARDS);

            try {
                assertFaithful(text, spans, html);
            } catch (AssertionError e) {
                throw new AssertionError("round " + round + ", text " + escapeJava(text) + ", spans " + spans + ": " + e.getMessage(), e);
            }
        }
    }

    private static String escapeJava(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }
}
