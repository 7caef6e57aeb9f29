package org.positionstracker.codebook;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A topic the extractor assigns statements to, and the claim its stances are about.
 *
 * @param slug        lower-case identifier with hyphens, e.g. "ceasefire-conditions"
 * @param label       human label, e.g. "Ceasefire conditions"
 * @param description what belongs to the topic
 * @param claim       the proposition a stance on this topic agrees or disagrees with, written as a
 *                    sentence ("Ukraine gives up territory to Russia"); null when the codebook gives none
 * @param keywords    words and phrases that put a statement on this topic; matched case-insensitively
 *                    on word boundaries by lemma ("cede" also finds "ceded"); a trailing '*' matches
 *                    any word ending ("territor*")
 * @param forFrames   phrases that say yes to the claim ("give up", "hand over"); matched like keywords
 * @param againstFrames phrases that say no to the claim ("territorial integrity", "never recognise")
 */
public record TopicEntry(String slug, String label, String description, String claim, List<String> keywords,
                         List<String> forFrames, List<String> againstFrames) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public TopicEntry {
        Objects.requireNonNull(slug, "topic slug");
        if (!SLUG.matcher(slug).matches())
            throw new IllegalArgumentException("topic slug '" + slug + "' must be lower-case words joined by hyphens");
        if (label == null || label.isBlank()) throw new IllegalArgumentException("topic " + slug + " has no label");
        claim = claim == null || claim.isBlank() ? null : claim.strip();
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        if (keywords.isEmpty()) throw new IllegalArgumentException("topic " + slug + " has no keywords");
        forFrames = forFrames == null ? List.of() : List.copyOf(forFrames);
        againstFrames = againstFrames == null ? List.of() : List.copyOf(againstFrames);
    }

    /** A topic without a claim or frames: stances on it come from generic cue words only. */
    public TopicEntry(String slug, String label, String description, List<String> keywords) {
        this(slug, label, description, null, keywords, List.of(), List.of());
    }
}
