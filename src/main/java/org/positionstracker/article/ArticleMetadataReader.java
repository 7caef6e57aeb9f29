package org.positionstracker.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads optional article metadata (title, outlet, url, published) from YAML front matter at the
 * top of the text ({@code ---} lines around it) and from a sidecar file {@code NAME.meta.yaml}
 * next to {@code NAME.txt} (or {@code NAME.html}, {@code NAME.md}, {@code NAME.pdf}); a
 * sidecar's fields win over those found in the file. Other keys are ignored. A text file's text
 * is never changed: the front matter stays in the stored article and is only hidden from the
 * extractor (see {@link #frontMatterEnd}); a Markdown file's front matter is not part of its
 * rendered text.
 */
final class ArticleMetadataReader {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n(.*?)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final long MAX_SIDECAR_BYTES = 1024 * 1024;

    private ArticleMetadataReader() {
    }

    /** Where the front matter ends (0 when there is none). */
    static int frontMatterEnd(String text) {
        Matcher m = FRONT_MATTER.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    static ArticleMetadata read(Path file, String text) throws ArticleRejectedException {
        ArticleMetadata metadata = ArticleMetadata.NONE;
        Matcher m = FRONT_MATTER.matcher(text);
        if (m.lookingAt()) metadata = parse(file, "front matter", m.group(1), metadata);
        return withSidecar(file, metadata);
    }

    /** The metadata found in the file itself, overridden field by field by its sidecar file's. */
    static ArticleMetadata withSidecar(Path file, ArticleMetadata metadata) throws ArticleRejectedException {
        Path sidecar = sidecarOf(file);
        if (sidecar != null && Files.isRegularFile(sidecar)) {
            try {
                // a regular file's size is true (unlike a device's), and a few lines of YAML are never this large
                if (Files.size(sidecar) > MAX_SIDECAR_BYTES)
                    throw new ArticleRejectedException(file, "its metadata file " + sidecar.getFileName() + " is too large (the limit is 1 MiB)");
                metadata = parse(file, sidecar.getFileName().toString(), Files.readString(sidecar, StandardCharsets.UTF_8), metadata);
            } catch (IOException e) {
                throw new ArticleRejectedException(file, "cannot read its metadata file " + sidecar.getFileName() + " (" + e.getMessage() + ")");
            }
        }
        return metadata;
    }

    static Path sidecarOf(Path file) {
        Path name = file.getFileName();
        if (name == null) return null;
        String base = name.toString();
        int dot = base.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? base.substring(0, dot) : base) + ".meta.yaml");
    }

    private static ArticleMetadata parse(Path file, String where, String yaml, ArticleMetadata base) throws ArticleRejectedException {
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (IOException e) {
            String message = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("unreadable");
            throw new ArticleRejectedException(file, "its " + where + " is not valid YAML (" + message + ")");
        }
        if (node == null || node.isMissingNode() || node.isNull()) return base;
        if (!node.isObject()) throw new ArticleRejectedException(file, "its " + where + " must be key: value lines");
        return new ArticleMetadata(
                text(node, "title", base.title()),
                text(node, "outlet", base.outlet()),
                text(node, "url", base.url()),
                date(file, where, node, base.publishedOn()));
    }

    private static String text(JsonNode node, String key, String fallback) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? fallback : value.asText().strip();
    }

    private static LocalDate date(Path file, String where, JsonNode node, LocalDate fallback) throws ArticleRejectedException {
        JsonNode value = node.get("published");
        if (value == null || value.isNull()) return fallback;
        String s = value.asText().strip();
        try {
            return s.length() <= 10 ? LocalDate.parse(s) : OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new ArticleRejectedException(file, "its " + where + " has published: " + s + ", not a date like 2025-11-27 or 2025-11-27T09:30:00Z");
        }
    }
}
