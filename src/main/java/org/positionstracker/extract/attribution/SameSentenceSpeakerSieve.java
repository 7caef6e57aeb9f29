package org.positionstracker.extract.attribution;

import java.util.Optional;
import org.positionstracker.extract.ExtractedStatement;

/**
 * A quotation in a sentence where a statement with a speaker was already found
 * ("“A,” she said, adding “B.”"): the same speaker.
 */
public final class SameSentenceSpeakerSieve implements AttributionSieve {
    @Override
    public String name() {
        return "same-sentence-speaker";
    }

    @Override
    public Optional<Attribution> attribute(SieveInput in) {
        int number = in.sentence().number();
        int sentenceStart = in.sentence().span().start();
        for (int i = in.firstFoundFrom(sentenceStart); i < in.found().size(); i++) {
            ExtractedStatement st = in.found().get(i);
            if (st.sentenceNumber() > number) break;
            if (st.sentenceNumber() == number && st.speaker() != null)
                return Optional.of(new Attribution(st.speaker(), null, null));
        }
        return Optional.empty();
    }
}
