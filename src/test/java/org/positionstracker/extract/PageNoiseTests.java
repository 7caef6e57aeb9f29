package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.positionstracker.extract.ExtractionFixture.extract;
import static org.positionstracker.extract.ExtractionFixture.single;

import org.junit.jupiter.api.Test;

class PageNoiseTests {

    private static final String[] NOISE = {"Quick Reads", "View All", "Advertisement", "Read more", "Share", "Subscribe", ")", "Read More"};

    @Test
    void noiseLines_neverBecomeStatementsOrActors() {
        String text = "Advertisement\nThe Swedish government said the quota stands.\nShare\nSubscribe\n)\n)\nRead more\n";

        Extraction e = extract(text);

        ExtractedStatement s = single(e);
        assertEquals("the quota stands", s.text());
        for (SpeakerRef a : e.actors()) {
            for (String noise : NOISE) assertFalse(a.canonicalName().contains(noise), a.canonicalName());
        }
    }

    @Test
    void gluedViewAllPrefix_isNotPartOfSpeakerOrContent() {
        String text = "Quick Reads\nView AllWorkers at the plant say the new shifts are unsafe.";

        ExtractedStatement s = single(extract(text));

        assertEquals("workers at the plant", s.speaker().canonicalName());
        assertFalse(s.speakerMention().coveredText(text).contains("View"));
        assertEquals("the new shifts are unsafe", s.text());
    }

    @Test
    void noiseLineBetweenQuoteAndAttribution_breaksTheSentence() {
        String text = "“We will win the vote\nAdvertisement\nsaid the campaign.";

        Extraction e = extract(text);

        for (ExtractedStatement s : e.statements()) assertFalse(s.text().contains("Advertisement"));
    }

    @Test
    void textIsNeverModified_spansPointIntoTheOriginal() {
        String text = "Share\r\nView AllVogel said the coal exit was on track.\r\nAdvertisement\r\n";

        ExtractedStatement s = single(extract(text));

        assertEquals("the coal exit was on track", text.substring(s.content().start(), s.content().end()));
        assertTrue(s.content().start() > text.indexOf("Vogel"));
    }
}
