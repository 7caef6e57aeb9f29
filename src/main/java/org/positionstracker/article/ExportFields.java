package org.positionstracker.article;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which field of a JSON Lines object or CSV column holds each part of an article. Every part has
 * common names tried in order ({@code text}, {@code body}, {@code content} for the text, ...);
 * {@code --fields text=story,title=hed} names the field instead. Names match without regard to case.
 */
public final class ExportFields {
    public enum Part {
        TEXT("text", "body", "content"),
        TITLE("title", "headline"),
        URL("url", "link"),
        PUBLISHED("published", "date"),
        OUTLET("outlet", "source");

        private final List<String> defaults;

        Part(String... defaults) {
            this.defaults = List.of(defaults);
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public List<String> defaults() {
            return defaults;
        }
    }

    public static final ExportFields DEFAULT = new ExportFields(Map.of());

    private final Map<Part, String> chosen;

    private ExportFields(Map<Part, String> chosen) {
        this.chosen = chosen.isEmpty() ? Map.of() : new EnumMap<>(chosen);
    }

    /**
     * Parses {@code text=body,title=headline}; fails with a one-line message naming the bad entry.
     * An empty specification means the defaults.
     */
    public static ExportFields parse(String spec) {
        if (spec == null || spec.isBlank()) return DEFAULT;
        Map<Part, String> chosen = new EnumMap<>(Part.class);
        for (String entry : spec.split(",")) {
            int eq = entry.indexOf('=');
            String part = eq < 0 ? entry.strip() : entry.substring(0, eq).strip();
            String field = eq < 0 ? "" : entry.substring(eq + 1).strip();
            Part p = null;
            for (Part candidate : Part.values()) {
                if (candidate.key().equalsIgnoreCase(part)) p = candidate;
            }
            if (p == null)
                throw new IllegalArgumentException("--fields: unknown part '" + part + "' in '" + entry.strip() + "'; the parts are text, title, url, published, outlet");
            if (field.isEmpty()) throw new IllegalArgumentException("--fields: '" + entry.strip() + "' names no field; write " + p.key() + "=FIELD");
            if (chosen.put(p, field) != null) throw new IllegalArgumentException("--fields: " + p.key() + " is given twice");
        }
        return new ExportFields(chosen);
    }

    /** The field names to try for a part, in order: the one given, or the defaults. */
    public List<String> namesFor(Part part) {
        String given = chosen.get(part);
        return given == null ? part.defaults() : List.of(given);
    }

    /** True when the user named the field for this part (so its absence is an error, not a gap). */
    public boolean isGiven(Part part) {
        return chosen.containsKey(part);
    }
}
