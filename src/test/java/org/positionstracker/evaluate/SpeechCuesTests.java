package org.positionstracker.evaluate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeechCuesTests {
    private static final SpeechCues CUES = SpeechCues.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"said", "says", "told reporters", "wrote", "tweeted", "according to", "warned", "argues",
            "is calling for", "denied", "had earlier announced", "replied", "said in a statement", "pointed out"})
    void speechActs_areSpeech(String cue) {
        assertTrue(CUES.isSpeech(cue), cue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"believes", "thinks", "hopes", "fears", "feels", "knows", "polls show", "found", ""})
    void thoughtsBeliefsAndFindings_areOther(String cue) {
        assertFalse(CUES.isSpeech(cue), cue);
    }
}
