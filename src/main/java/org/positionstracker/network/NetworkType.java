package org.positionstracker.network;

import java.util.Arrays;
import java.util.Locale;

/** The two networks the tracker exports, named as on the command line. */
public enum NetworkType {
    /** Two-mode: actors and topics, an edge where an actor made statements on a topic. */
    ACTOR_TOPIC,
    /** One-mode: actors, an edge where two actors lean the same way (congruence) or opposite ways (conflict) on topics. */
    ACTOR_ACTOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static NetworkType fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code.trim().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown network type '" + code + "' (expected actor-topic or actor-actor)"));
    }
}
