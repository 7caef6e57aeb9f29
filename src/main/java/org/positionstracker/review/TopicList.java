package org.positionstracker.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.positionstracker.topic.Stance;

/**
 * A statement's topics as a topics correction stores them: comma-separated {@code slug} or
 * {@code slug=stance} items ("territory=opposes,peace-plan"); a topic without a stance keeps the
 * one the statement has, or neutral when it is new. Empty means on no topic.
 */
public final class TopicList {
    private TopicList() {
    }

    /** Topic slug (or label) -> stance, null where none was given; in the order written. */
    public static Map<String, Stance> parse(String list) {
        Map<String, Stance> topics = new LinkedHashMap<>();
        if (list == null || list.isBlank()) return topics;
        for (String item : list.split(",")) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) continue;
            int eq = trimmed.indexOf('=');
            String topic = eq < 0 ? trimmed : trimmed.substring(0, eq).strip();
            Stance stance = eq < 0 ? null : statementStance(trimmed.substring(eq + 1).strip());
            if (topic.isEmpty()) throw new IllegalArgumentException("'" + item + "': a topic is missing before '='");
            topics.put(topic, stance);
        }
        return topics;
    }

    public static String format(Map<String, Stance> topics) {
        return topics.entrySet().stream()
                .map(e -> e.getValue() == null ? e.getKey() : e.getKey() + "=" + e.getValue().code())
                .collect(Collectors.joining(","));
    }

    /** A stance a statement can take (not mixed, which only positions have). */
    public static Stance statementStance(String code) {
        Stance stance = Stance.fromCode(code.strip().toLowerCase(java.util.Locale.ROOT));
        if (stance == Stance.MIXED)
            throw new IllegalArgumentException("stance 'mixed' is for positions only; a statement supports, opposes, is conditional, demands or is neutral");
        return stance;
    }
}
