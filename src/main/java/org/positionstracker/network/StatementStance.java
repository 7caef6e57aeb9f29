package org.positionstracker.network;

import java.time.LocalDate;
import java.util.Objects;
import org.positionstracker.topic.Stance;

/**
 * One statement's stance on one topic, as the network is built from it: a row of
 * {@code v_statement_topic} with a topic.
 *
 * @param speaksFor the actor the speaker speaks for, or null
 * @param saidOn    when it was said, or null when unknown
 * @param topicClaim the topic's claim (what the stance agrees or disagrees with), or null when the codebook gives none
 */
public record StatementStance(long statementId, ActorRef speaker, ActorRef speaksFor, String topic, String topicLabel,
                              Stance stance, LocalDate saidOn, String topicClaim) {
    public StatementStance {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(topicLabel, "topicLabel");
        Objects.requireNonNull(stance, "stance");
        if (stance == Stance.MIXED) throw new IllegalArgumentException("a statement cannot have a mixed stance");
    }

    /** A stance on a topic without a claim. */
    public StatementStance(long statementId, ActorRef speaker, ActorRef speaksFor, String topic, String topicLabel,
                           Stance stance, LocalDate saidOn) {
        this(statementId, speaker, speaksFor, topic, topicLabel, stance, saidOn, null);
    }

    /**
     * An actor as a node: its database id (which makes the node id), name and kind.
     *
     * @param kind person, government, ...; null when not known
     */
    public record ActorRef(long id, String name, String kind) {
        public ActorRef {
            Objects.requireNonNull(name, "name");
        }
    }
}
