package org.positionstracker.evaluate;

import java.util.HashMap;
import java.util.Map;
import org.positionstracker.codebook.ActorEntry;
import org.positionstracker.codebook.Codebook;

/**
 * The codebook's names for one actor: a gold speaker written as an alias ("Volodymyr Zelensky",
 * "Sergei Lavrov", "the Kremlin") is the actor the extractor stores under its canonical name
 * ("Volodymyr Zelenskyy", "Sergey Lavrov", "Russia"), so the two are compared as that actor.
 */
final class ActorNameMap {
    static final ActorNameMap NONE = new ActorNameMap(Map.of());

    private final Map<String, String> canonicalByKey;

    private ActorNameMap(Map<String, String> canonicalByKey) {
        this.canonicalByKey = canonicalByKey;
    }

    static ActorNameMap of(Codebook codebook) {
        Map<String, String> map = new HashMap<>();
        for (ActorEntry a : codebook.actors()) {
            map.putIfAbsent(Codebook.key(a.name()), a.name());
            for (String alias : a.aliases()) map.putIfAbsent(Codebook.key(alias), a.name());
        }
        return new ActorNameMap(Map.copyOf(map));
    }

    /** The codebook actor's name when {@code name} is one of its names or aliases, else {@code name}. */
    String canonical(String name) {
        return name == null ? null : canonicalByKey.getOrDefault(Codebook.key(name), name);
    }
}
