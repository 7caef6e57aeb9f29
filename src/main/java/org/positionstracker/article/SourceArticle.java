package org.positionstracker.article;

import java.util.Objects;

/**
 * An article as read from a file: the decoded text exactly as in the file (nothing trimmed or
 * normalised, so offsets into it are offsets into the file's text), and the hash of its bytes.
 */
public record SourceArticle(String fileName, String sourcePath, String contentHash, String text, ArticleMetadata metadata) {
    public SourceArticle {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(text, "text");
        if (contentHash == null || !contentHash.matches("[0-9a-f]{64}"))
            throw new IllegalArgumentException("content hash must be 64 hex digits");
        metadata = metadata == null ? ArticleMetadata.NONE : metadata;
    }
}
