package org.positionstracker.topic;

import java.util.Locale;

/**
 * The stance a statement takes on a topic. {@code SUPPORTS}, {@code DEMANDS} and
 * {@code CONDITIONAL} lean towards the topic's object, {@code OPPOSES} against it;
 * two actors whose stances lean in opposite directions on one topic are in conflict.
 * {@code MIXED} is only used for positions whose evidence is evenly split.
 */
public enum Stance {
    SUPPORTS(1), DEMANDS(1), CONDITIONAL(1), OPPOSES(-1), NEUTRAL(0), MIXED(0);

    private final int polarity;

    Stance(int polarity) {
        this.polarity = polarity;
    }

    /** +1 for, -1 against, 0 for neither. */
    public int polarity() {
        return polarity;
    }

    public boolean opposes(Stance other) {
        return polarity * other.polarity < 0;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stance fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown stance '" + code + "' (expected supports, opposes, conditional, demands, neutral or mixed)");
        }
    }
}
