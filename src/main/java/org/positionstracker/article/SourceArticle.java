package org.positionstracker.article;

import java.util.Objects;

/**
 * An article as read: its text (for a text file the decoded text exactly as in the file, nothing
 * trimmed or normalised, so offsets into it are offsets into the file's text; for other formats
 * the plain text they were turned into), and the hash of the bytes it was read from. An article
 * from a row of an export is named {@code FILE#KEY} (see {@link ExportRows}).
 */
public record SourceArticle(String fileName, String sourcePath, String contentHash, String text, ArticleMetadata metadata, ArticleFormat format) {
    public SourceArticle {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(text, "text");
        if (contentHash == null || !contentHash.matches("[0-9a-f]{64}"))
            throw new IllegalArgumentException("content hash must be 64 hex digits");
        metadata = metadata == null ? ArticleMetadata.NONE : metadata;
        format = format == null ? ArticleFormat.TEXT : format;
    }

    public SourceArticle(String fileName, String sourcePath, String contentHash, String text, ArticleMetadata metadata) {
        this(fileName, sourcePath, contentHash, text, metadata, ArticleFormat.TEXT);
    }

    /** The same article, recorded as read from another path (the importer stores absolute paths). */
    public SourceArticle withSourcePath(String path) {
        return new SourceArticle(fileName, path, contentHash, text, metadata, format);
    }

    /**
     * The text the extractor reads: the article text with its YAML front matter (if any) blanked
     * out character for character, so offsets are the same as in the stored text.
     */
    public String extractableText() {
        if (format != ArticleFormat.TEXT) return text;
        int end = ArticleMetadataReader.frontMatterEnd(text);
        if (end == 0) return text;
        StringBuilder masked = new StringBuilder(text);
        for (int i = 0; i < end; i++) {
            char ch = masked.charAt(i);
            if (ch != '\n' && ch != '\r') masked.setCharAt(i, ' ');
        }
        return masked.toString();
    }
}
