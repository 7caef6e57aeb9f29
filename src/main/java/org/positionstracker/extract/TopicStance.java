package org.positionstracker.extract;

import java.util.Objects;
import org.positionstracker.topic.Stance;

/**
 * A statement's stance on one topic.
 *
 * @param topicSlug the codebook topic's slug
 * @param stance    the stance the statement takes on that topic
 * @param keyword   span of the word or phrase that put the statement on the topic
 * @param cue       span of the word or phrase that decided the stance, or null when nothing did (neutral)
 */
public record TopicStance(String topicSlug, Stance stance, TextSpan keyword, TextSpan cue) {
    public TopicStance {
        Objects.requireNonNull(topicSlug, "topicSlug");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(keyword, "keyword");
    }
}
