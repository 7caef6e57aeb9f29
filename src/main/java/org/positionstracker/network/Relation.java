package org.positionstracker.network;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which ties an actor-actor network has. Two actors are congruent on a topic when both lean the
 * same way on it, in conflict when they lean opposite ways.
 */
public enum Relation {
    /** Congruence edges only. */
    CONGRUENCE,
    /** Conflict edges only. */
    CONFLICT,
    /** A congruence edge and a conflict edge, each where there is one: a pair may have both (parallel edges). */
    BOTH,
    /** One signed edge per pair: congruence weight minus conflict weight; pairs that cancel out get no edge. */
    SUBTRACT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Relation fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code.trim().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown relation '" + code + "' (expected congruence, conflict, both or subtract)"));
    }
}
