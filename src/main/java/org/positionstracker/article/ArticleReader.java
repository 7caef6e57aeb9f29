package org.positionstracker.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads article files in the forms of {@link ArticleFormat}. A text file is verified as UTF-8 and
 * decoded without any change (a byte-order mark or CRLF line ends stay in the text, so offsets are
 * offsets into the file's text); a web page, Markdown file or PDF is turned into plain text, and
 * that text is the article. The content hash is the SHA-256 of the file's bytes, so an unchanged
 * file is recognised before any conversion. Only regular files are read, and never more than
 * {@link #MAX_BYTES} of them.
 */
public final class ArticleReader {
    /**
     * No news article comes near this; a larger file is a dump or a mistake, and is refused with
     * a clear reason rather than tying up an import (and its memory) for minutes.
     */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private final ExportFields fields;

    public ArticleReader() {
        this(ExportFields.DEFAULT);
    }

    /** A reader that finds the fields of JSON Lines and CSV exports under the given names. */
    public ArticleReader(ExportFields fields) {
        this.fields = fields;
    }

    /** Reads a file holding one article, in the format its extension names (text when none is known). */
    public SourceArticle read(Path file) throws ArticleRejectedException {
        ArticleFormat format = ArticleFormat.ofNamedFile(file);
        if (format.isExport())
            throw new ArticleRejectedException(file, "is an export of many articles (" + format.code() + "), not one article");
        byte[] bytes = readBytes(file);
        try {
            return convert(file, format, bytes);
        } catch (RuntimeException e) {
            throw unexpected(file, format, e);
        }
    }

    private SourceArticle convert(Path file, ArticleFormat format, byte[] bytes) throws ArticleRejectedException {
        String hash = sha256(bytes);
        String name = nameOf(file);
        return switch (format) {
            case TEXT -> {
                String text = decodeText(file, bytes);
                yield new SourceArticle(name, file.toString(), hash, text, ArticleMetadataReader.read(file, text), format);
            }
            case MARKDOWN -> {
                String source = decodeText(file, bytes);
                ArticleMetadata frontMatter = ArticleMetadataReader.read(file, source);
                String text = requireText(file, MarkdownText.render(source.substring(ArticleMetadataReader.frontMatterEnd(source))), "the Markdown");
                yield new SourceArticle(name, file.toString(), hash, text, frontMatter, format);
            }
            case HTML -> {
                WebPage page = WebPage.parse(bytes, file);
                String text = requireText(file, page.text(), "the page's main content");
                yield new SourceArticle(name, file.toString(), hash, text, ArticleMetadataReader.withSidecar(file, page.metadata()), format);
            }
            case PDF -> {
                PdfText pdf = PdfText.read(bytes, file);
                String text = requireText(file, pdf.text(), "the PDF (a scan would need OCR first)");
                yield new SourceArticle(name, file.toString(), hash, text, ArticleMetadataReader.withSidecar(file, pdf.metadata()), format);
            }
            case JSON_LINES, CSV -> throw new IllegalStateException("exports are read by readExport");
        };
    }

    /**
     * Reads a JSON Lines or CSV export: one article per line or row, each with its own name and
     * hash (see {@link ExportRows}). A problem with the whole file is thrown; a problem with one
     * row is returned as that row's rejection, and the other rows still count.
     */
    public List<ExportRow> readExport(Path file) throws ArticleRejectedException {
        ArticleFormat format = ArticleFormat.ofNamedFile(file);
        if (!format.isExport()) throw new ArticleRejectedException(file, "is not a JSON Lines or CSV export");
        byte[] bytes = readBytes(file);
        try {
            return ExportRows.parse(file, format, decodeUtf8(file, bytes), fields);
        } catch (RuntimeException e) {
            throw unexpected(file, format, e);
        }
    }

    /**
     * The parsers (jsoup, CommonMark, PDFBox, Jackson, Commons CSV) may fail on hostile input in
     * ways they do not declare; such a file is rejected by name like any other unreadable file,
     * rather than ending the whole import.
     */
    private static ArticleRejectedException unexpected(Path file, ArticleFormat format, RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        ArticleRejectedException rejected = new ArticleRejectedException(file, "cannot be read as " + format.code() + " (" + message + ")");
        rejected.initCause(e);
        return rejected;
    }

    /**
     * The file's bytes, read only from a regular file and never more than the limit: a FIFO would
     * block the import forever and a device such as /dev/zero never ends, and for both the size
     * the file system reports says nothing.
     */
    static byte[] readBytes(Path file) throws ArticleRejectedException {
        if (Files.isDirectory(file)) throw new ArticleRejectedException(file, "is a folder, not a file");
        if (!Files.exists(file))
            throw new ArticleRejectedException(file, Files.isSymbolicLink(file) ? "cannot read it (broken link)" : "no such file");
        if (!Files.isRegularFile(file)) throw new ArticleRejectedException(file, "not a regular file");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                long size = Files.size(file);
                throw new ArticleRejectedException(file, "too large (" + Math.max(size, bytes.length) / (1024 * 1024) + " MiB; the limit is "
                        + MAX_BYTES / (1024 * 1024) + " MiB)");
            }
            if (bytes.length == 0) throw new ArticleRejectedException(file, "empty file");
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ArticleRejectedException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new ArticleRejectedException(file, "cannot read it (permission denied)");
        } catch (IOException e) {
            throw new ArticleRejectedException(file, "cannot read it (" + e.getMessage() + ")");
        }
    }

    private static String decodeText(Path file, byte[] bytes) throws ArticleRejectedException {
        int nul = indexOfNul(bytes);
        if (nul >= 0) throw new ArticleRejectedException(file, "contains a NUL byte at offset " + nul + " (binary file?)");
        String text = decodeUtf8(file, bytes);
        if (text.isBlank() || text.strip().equals("\uFEFF")) throw new ArticleRejectedException(file, "no text (only white space)");
        return text;
    }

    private static String requireText(Path file, String text, String where) throws ArticleRejectedException {
        if (text.isBlank()) throw new ArticleRejectedException(file, "no article text found in " + where);
        return text;
    }

    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) return i;
        }
        return -1;
    }

    static String decodeUtf8(Path file, byte[] bytes) throws ArticleRejectedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new ArticleRejectedException(file, "not valid UTF-8 (bad byte sequence near byte " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException(file, "not valid UTF-8");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
