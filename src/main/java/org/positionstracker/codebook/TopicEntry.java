package org.positionstracker.codebook;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A topic the extractor assigns statements to.
 *
 * @param slug        lower-case identifier with hyphens, e.g. "ceasefire-conditions"
 * @param label       human label, e.g. "Ceasefire conditions"
 * @param description what belongs to the topic
 * @param keywords    words and phrases that put a statement on this topic; matched case-insensitively
 *                    on word boundaries; a trailing '*' matches any word ending ("territor*")
 */
public record TopicEntry(String slug, String label, String description, List<String> keywords) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public TopicEntry {
        Objects.requireNonNull(slug, "topic slug");
        if (!SLUG.matcher(slug).matches())
            throw new IllegalArgumentException("topic slug '" + slug + "' must be lower-case words joined by hyphens");
        if (label == null || label.isBlank()) throw new IllegalArgumentException("topic " + slug + " has no label");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        if (keywords.isEmpty()) throw new IllegalArgumentException("topic " + slug + " has no keywords");
    }
}
