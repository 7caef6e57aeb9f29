package org.positionstracker.codebook;

import java.util.List;
import java.util.Objects;
import org.positionstracker.actor.ActorKind;

/**
 * An actor the codebook knows in advance.
 *
 * @param name      canonical name, unique in the codebook
 * @param kind      person, government, organisation, group, media or other
 * @param speaksFor canonical name of the actor this one speaks for (e.g. a minister for a government), or null
 * @param role      the role as usually written (e.g. "President of Russia"), or null
 * @param aliases   other names and metonyms that refer to this actor (e.g. "Kyiv", "the Kremlin", a surname)
 * @param demonyms  adjectives that tie a role to this actor (e.g. "Ukrainian" in "senior Ukrainian official")
 */
public record ActorEntry(String name, ActorKind kind, String speaksFor, String role,
                         List<String> aliases, List<String> demonyms) {
    public ActorEntry {
        Objects.requireNonNull(name, "actor name");
        if (name.isBlank()) throw new IllegalArgumentException("actor name is blank");
        Objects.requireNonNull(kind, "actor kind of " + name);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
    }
}
