package org.positionstracker.extract.attribution;

import java.util.List;

/** The sieves in the order they run: the most local, most certain patterns first. */
public final class AttributionSieves {
    public static final List<AttributionSieve> DEFAULT = List.of(
            new QuoteSpeakerVerbSieve(),
            new QuoteVerbSpeakerSieve(),
            new SpeakerVerbQuoteSieve(),
            new AccordingToQuoteSieve(),
            new SameSentenceSpeakerSieve(),
            new ClauseVerbQuoteSieve(),
            new ContinuedQuoteSieve(),
            new UnattributedSieve());

    private AttributionSieves() {
    }
}
