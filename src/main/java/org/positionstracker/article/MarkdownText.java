package org.positionstracker.article;

import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown rendered as the plain text a reader sees: emphasis, link targets, images, HTML and
 * list or quote markers are markup, not words. Each heading, paragraph and list item becomes one
 * paragraph (a blank line between them) and a paragraph's wrapped lines are joined with a space,
 * so a sentence is never cut by the file's line wrapping. This text is what is stored and what
 * statement offsets index.
 */
final class MarkdownText {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownText() {
    }

    static String render(String markdown) {
        StringBuilder out = new StringBuilder();
        block(PARSER.parse(markdown), out);
        return out.isEmpty() ? "" : out.append('\n').toString();
    }

    private static void block(Node node, StringBuilder out) {
        if (node instanceof Paragraph || node instanceof Heading) {
            StringBuilder line = new StringBuilder();
            inline(node, line);
            paragraph(line.toString().strip(), out);
        } else if (node instanceof FencedCodeBlock code) {
            paragraph(code.getLiteral().strip(), out);
        } else if (node instanceof IndentedCodeBlock code) {
            paragraph(code.getLiteral().strip(), out);
        } else if (!(node instanceof HtmlBlock || node instanceof ThematicBreak || node instanceof LinkReferenceDefinition)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) block(child, out);
        }
    }

    private static void paragraph(String text, StringBuilder out) {
        if (text.isEmpty()) return;
        if (!out.isEmpty()) out.append("\n\n");
        out.append(text);
    }

    private static void inline(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) out.append(text.getLiteral());
            else if (child instanceof Code code) out.append(code.getLiteral());
            else if (child instanceof SoftLineBreak) out.append(' ');
            else if (child instanceof HardLineBreak) out.append('\n');
            else if (!(child instanceof HtmlInline || child instanceof Image)) inline(child, out);
        }
    }
}
