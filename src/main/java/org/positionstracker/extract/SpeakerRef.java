package org.positionstracker.extract;

import java.util.Objects;
import org.positionstracker.actor.ActorKind;

/**
 * The actor a statement is attributed to, after resolution.
 *
 * @param canonicalName the codebook name when the speaker is in the codebook (or an alias of one),
 *                      otherwise the fullest name the article gives (e.g. "Andriy Yermak", "analysts",
 *                      "officials in Kyiv")
 * @param kind          person, government, organisation, group, media or other
 * @param speaksFor     canonical name of the actor this one speaks for (e.g. "Ukraine" for a
 *                      "senior Ukrainian official"), or null when unknown
 * @param role          the role as written in the article (e.g. "senior Ukrainian official"), or null
 * @param inCodebook    true when the actor came from the codebook, false when discovered
 */
public record SpeakerRef(String canonicalName, ActorKind kind, String speaksFor, String role, boolean inCodebook) {
    public SpeakerRef {
        Objects.requireNonNull(canonicalName, "canonicalName");
        if (canonicalName.isBlank()) throw new IllegalArgumentException("blank speaker name");
        Objects.requireNonNull(kind, "kind");
    }
}
