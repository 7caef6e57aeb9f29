package org.positionstracker.evaluate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.statement.Mode;
import org.positionstracker.topic.Stance;

/**
 * Reads the project's gold JSON ({@code NAME.gold.json} beside {@code NAME.txt}): an array of
 * items with {@code speaker}, {@code alt_speakers}, {@code mode}, {@code contains} (a snippet the
 * statement must contain), optional {@code extent} (the whole statement), {@code topics},
 * {@code stances} ({@code {"slug": "supports|opposes|conditional|demands|neutral"}}), {@code cue}
 * and {@code note}. Snippets are found in the text ignoring case, curly versus straight quotes and
 * runs of whitespace. Format: src/site/markdown/evaluate.md.
 */
final class GoldJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Item(String speaker,
                @JsonProperty("alt_speakers") List<String> altSpeakers,
                String mode,
                String contains,
                String extent,
                List<String> topics,
                Map<String, String> stances,
                String cue,
                String note) {
    }

    private final SpeechCues speechCues;

    GoldJsonReader(SpeechCues speechCues) {
        this.speechCues = speechCues;
    }

    GoldArticle read(String name, String text, Path goldFile, String json) {
        List<Item> items;
        try {
            items = JSON.readValue(json, new TypeReference<List<Item>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(goldFile + ": not a gold JSON array of statements: "
                    + e.getOriginalMessage().replaceAll("\\s+", " "));
        }
        NormalizedText normalized = new NormalizedText(text);
        List<GoldStatement> statements = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int unusable = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String where = goldFile + ": item " + (i + 1);
            if (item == null || item.contains() == null || item.contains().isBlank())
                throw new IllegalArgumentException(where + ": 'contains' is missing");
            Mode mode = parseMode(where, item.mode());
            Map<String, Stance> stances = parseStances(where, item.stances());
            TextSpan span = locate(normalized, item.contains(), item.extent());
            if (span == null) {
                unusable++;
                if (problems.size() < GoldCheck.MAX_PROBLEMS)
                    problems.add(where + ": " + (item.extent() != null ? "extent" : "snippet") + " not found in the text: '"
                            + BratReader.abbreviate(item.extent() != null ? item.extent() : item.contains()) + "'");
                continue;
            }
            List<String> names = new ArrayList<>();
            if (item.speaker() != null && !item.speaker().isBlank()) names.add(item.speaker());
            if (item.altSpeakers() != null) names.addAll(item.altSpeakers());
            boolean speech = item.cue() == null || speechCues.isSpeech(item.cue());
            boolean quoted = mode != Mode.INDIRECT;
            statements.add(new GoldStatement(List.of(span), item.extent() == null, List.of(), names, item.cue(),
                    quoted, speech, item.topics(), stances, item.note()));
        }
        statements.sort((a, c) -> Integer.compare(a.start(), c.start()));
        return new GoldArticle(name, goldFile, text, statements, new GoldCheck(items.size(), 0, unusable, problems));
    }

    private static Mode parseMode(String where, String mode) {
        if (mode == null) throw new IllegalArgumentException(where + ": 'mode' is missing (direct, partial or indirect)");
        try {
            return Mode.fromCode(mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static Map<String, Stance> parseStances(String where, Map<String, String> raw) {
        Map<String, Stance> out = new LinkedHashMap<>();
        if (raw == null) return out;
        for (var e : raw.entrySet()) {
            try {
                out.put(e.getKey(), Stance.fromCode(e.getValue()));
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new IllegalArgumentException(where + ": stance '" + e.getValue() + "' on " + e.getKey()
                        + " is not one of supports, opposes, conditional, demands, neutral");
            }
        }
        return out;
    }

    /** The whole statement when the extent is given, else the snippet. */
    private static TextSpan locate(NormalizedText text, String contains, String extent) {
        return text.find(extent != null ? extent : contains, 0);
    }

    /**
     * The text lower-cased, curly quotes made straight and whitespace runs made one space, with
     * the original index of every character kept, so a match maps back to exact offsets.
     */
    static final class NormalizedText {
        private final String normalized;
        private final int[] origin;

        NormalizedText(String text) {
            StringBuilder b = new StringBuilder(text.length());
            int[] map = new int[text.length() + 1];
            int n = 0;
            boolean lastSpace = false;
            for (int i = 0; i < text.length(); i++) {
                char c = normalize(text.charAt(i));
                if (c == ' ') {
                    if (lastSpace) continue;
                    lastSpace = true;
                } else {
                    lastSpace = false;
                }
                b.append(c);
                map[n++] = i;
            }
            normalized = b.toString();
            origin = map;
        }

        TextSpan find(String snippet, int from) {
            String needle = normalizeAll(snippet);
            if (needle.isEmpty()) return null;
            int at = normalized.indexOf(needle, from);
            if (at < 0) return null;
            return new TextSpan(origin[at], origin[at + needle.length() - 1] + 1);
        }

        private static String normalizeAll(String s) {
            StringBuilder b = new StringBuilder(s.length());
            boolean lastSpace = false;
            for (int i = 0; i < s.length(); i++) {
                char c = normalize(s.charAt(i));
                if (c == ' ' && lastSpace) continue;
                lastSpace = c == ' ';
                b.append(c);
            }
            return b.toString().strip();
        }

        private static char normalize(char c) {
            return switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
                default -> Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                        ? ' ' : Character.toLowerCase(c);
            };
        }
    }
}
