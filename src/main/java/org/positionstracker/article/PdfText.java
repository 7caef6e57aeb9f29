package org.positionstracker.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text through PDFBox, in reading order. PDF has no paragraphs, only positioned lines:
 * the lines PDFBox groups into a paragraph are joined with a space (a line ending in a hyphen is
 * joined without one, keeping the hyphen), so a sentence is not cut by the page's line wrapping,
 * and paragraphs are separated by a blank line. The title is the document's Title property; PDFs
 * carry no dependable publication date, so none is read (give it in a sidecar file).
 */
record PdfText(String text, ArticleMetadata metadata) {
    private static final String PARAGRAPH_END = "\u2029";

    static PdfText read(byte[] bytes, Path file) throws ArticleRejectedException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd(PARAGRAPH_END);
            stripper.setPageEnd(PARAGRAPH_END);
            String raw = stripper.getText(document);
            PDDocumentInformation info = document.getDocumentInformation();
            String title = info == null || info.getTitle() == null || info.getTitle().isBlank() ? null : info.getTitle().strip();
            return new PdfText(paragraphs(raw), new ArticleMetadata(title, null, null, null));
        } catch (InvalidPasswordException e) {
            throw new ArticleRejectedException(file, "the PDF is encrypted with a password");
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new ArticleRejectedException(file, "not a readable PDF (" + message + ")");
        }
    }

    private static String paragraphs(String raw) {
        List<String> out = new ArrayList<>();
        for (String paragraph : raw.split(PARAGRAPH_END)) {
            StringBuilder joined = new StringBuilder();
            for (String line : paragraph.split("\n")) {
                String l = line.strip();
                if (l.isEmpty()) continue;
                if (!joined.isEmpty() && joined.charAt(joined.length() - 1) != '-') joined.append(' ');
                joined.append(l);
            }
            if (!joined.isEmpty()) out.add(joined.toString());
        }
        return out.isEmpty() ? "" : String.join("\n\n", out) + "\n";
    }
}
