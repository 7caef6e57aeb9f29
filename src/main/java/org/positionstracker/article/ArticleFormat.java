package org.positionstracker.article;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The forms an article comes in, known by the file's extension. A plain text file is stored as
 * read; every other form is turned into plain text first, and that text is what is stored and
 * what statement offsets index.
 */
public enum ArticleFormat {
    TEXT("text", "txt"),
    MARKDOWN("markdown", "md", "markdown"),
    HTML("html", "html", "htm"),
    PDF("pdf", "pdf"),
    /** One article per line: a JSON object. */
    JSON_LINES("jsonl", "jsonl", "ndjson"),
    /** One article per row, with a header row naming the columns. */
    CSV("csv", "csv");

    private final String code;
    private final String[] extensions;

    ArticleFormat(String code, String... extensions) {
        this.code = code;
        this.extensions = extensions;
    }

    /** How the format is named in the database ({@code article.source_format}) and in messages. */
    public String code() {
        return code;
    }

    /** True for exports holding many articles, one per line or row. */
    public boolean isExport() {
        return this == JSON_LINES || this == CSV;
    }

    /** The format a folder import reads a file as, or empty when it is no article format. */
    public static Optional<ArticleFormat> byExtension(Path file) {
        String ext = extensionOf(file);
        for (ArticleFormat f : values()) {
            for (String e : f.extensions) {
                if (e.equals(ext)) return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** A file named on the command line is read by its extension, and as text when it has none known. */
    public static ArticleFormat ofNamedFile(Path file) {
        return byExtension(file).orElse(TEXT);
    }

    /** The lower-case extension without its dot, or "" when the name has none. */
    public static String extensionOf(Path file) {
        Path name = file.getFileName();
        if (name == null) return "";
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 || dot == s.length() - 1 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
