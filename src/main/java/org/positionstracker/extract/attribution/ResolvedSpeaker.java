package org.positionstracker.extract.attribution;

import java.util.Objects;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.TextSpan;

/** A speaker phrase resolved to an actor, with the words it was found from. */
public record ResolvedSpeaker(SpeakerRef ref, TextSpan mention) {
    public ResolvedSpeaker {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(mention, "mention");
    }
}
