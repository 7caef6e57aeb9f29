package org.positionstracker.extract.attribution;

import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.TextSpan;

/**
 * Who a quotation is attributed to.
 *
 * @param speaker the speaker, or null when the quotation is speech whose speaker cannot be told
 * @param mention the words the speaker was found from, or null
 * @param cue     the speech verb, or null
 */
public record Attribution(SpeakerRef speaker, TextSpan mention, TextSpan cue) {
    public static final Attribution UNKNOWN = new Attribution(null, null, null);
}
