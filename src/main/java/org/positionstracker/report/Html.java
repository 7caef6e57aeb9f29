package org.positionstracker.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * The one HTML escaper, for the HTML report and the overview page: Commons Text's basic HTML
 * escapes plus what they lack for us. A carriage return is always {@code &#13;}, because an HTML
 * parser would otherwise turn CR LF into LF; characters outside ASCII stay as they are, so the
 * output is also well-formed XML (HTML 4's named entities such as {@code &rsquo;}, which
 * Commons Text's {@code escapeHtml4} writes, are not).
 */
public final class Html {
    private static final Map<CharSequence, CharSequence> MARKUP = new HashMap<>(EntityArrays.BASIC_ESCAPE);

    static {
        MARKUP.remove("\"");
    }

    /** Between tags: {@code & < >} and CR. */
    private static final CharSequenceTranslator TEXT = new AggregateTranslator(
            new LookupTranslator(MARKUP), new LookupTranslator(Map.of("\r", "&#13;")));

    /**
     * Anywhere: also {@code "} and {@code '} (an attribute quoted either way) and LF as
     * {@code &#10;}, which an XML parser would otherwise read as a space in an attribute.
     */
    private static final CharSequenceTranslator ANYWHERE = new AggregateTranslator(
            new LookupTranslator(EntityArrays.BASIC_ESCAPE), new LookupTranslator(Map.of("'", "&#39;", "\r", "&#13;", "\n", "&#10;")));

    private Html() {
    }

    /** Text to stand between tags. */
    public static String text(CharSequence text) {
        return TEXT.translate(text);
    }

    /** The characters {@code from} to {@code to} of {@code text}, to stand between tags. */
    public static String text(CharSequence text, int from, int to) {
        return TEXT.translate(text.subSequence(from, to));
    }

    /** A value safe anywhere in a page: between tags, or between the quotes of an attribute. */
    public static String value(Object value) {
        return ANYWHERE.translate(String.valueOf(value));
    }
}
