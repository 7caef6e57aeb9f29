package org.positionstracker.extract.reported;

import java.util.Objects;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.attribution.ResolvedSpeaker;

/**
 * What a rule found: the reported content, the speaker (null when the words naming the speaker
 * resolve to no one: the statement is stored unattributed), the words it was found from, and the cue.
 */
public record Report(TextSpan content, SpeakerRef speaker, TextSpan mention, TextSpan cue) {
    public Report {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(cue, "cue");
    }

    static Report of(TextSpan content, ResolvedSpeaker speaker, TextSpan cue) {
        return speaker == null ? new Report(content, null, null, cue) : new Report(content, speaker.ref(), speaker.mention(), cue);
    }
}
