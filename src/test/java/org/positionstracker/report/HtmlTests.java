package org.positionstracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class HtmlTests {
    private static final String AWKWARD = "Tom & Jerry's <b>\"quote\"</b>\r\nline two \u2019curly\u2019 caf\u00e9";

    @Test
    void text_escapesMarkupAndCarriageReturns_andKeepsQuotesAndOtherCharacters() {
        String escaped = Html.text(AWKWARD);

        assertEquals("Tom &amp; Jerry's &lt;b&gt;\"quote\"&lt;/b&gt;&#13;\nline two \u2019curly\u2019 caf\u00e9", escaped);
    }

    @Test
    void textOfARange_escapesOnlyThatRange() {
        String escaped = Html.text("a<b>c", 1, 4);

        assertEquals("&lt;b&gt;", escaped);
    }

    @Test
    void value_escapesBothQuotesAndLineBreaksToo() {
        String escaped = Html.value(AWKWARD);

        assertEquals("Tom &amp; Jerry&#39;s &lt;b&gt;&quot;quote&quot;&lt;/b&gt;&#13;&#10;line two \u2019curly\u2019 caf\u00e9", escaped);
    }

    @Test
    void escapedTextAndValues_readBackExactlyAsXml() throws Exception {
        String xml = "<p title=\"" + Html.value(AWKWARD) + "\" alt='" + Html.value(AWKWARD) + "'>" + Html.text(AWKWARD)
                + "<span>" + Html.value(AWKWARD) + "</span></p>";

        Element p = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();

        assertEquals(AWKWARD + AWKWARD, p.getTextContent());
        assertEquals(AWKWARD, p.getAttribute("title"));
        assertEquals(AWKWARD, p.getAttribute("alt"));
    }
}
