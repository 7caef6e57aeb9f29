package org.positionstracker.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodebookClaimsTests {

    private static Codebook parse(String yaml) {
        return CodebookLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void claimAndFrames_areRead() {
        Codebook book = parse("""
                topics:
                  - slug: quota-cut
                    label: Quota cut
                    claim: The cod quota is cut
                    keywords: [quota]
                    for: [cut, reduce]
                    against: [roll over]
                """);

        TopicEntry t = book.topic("quota-cut").orElseThrow();

        assertEquals("The cod quota is cut", t.claim());
        assertEquals(List.of("cut", "reduce"), t.forFrames());
        assertEquals(List.of("roll over"), t.againstFrames());
    }

    @Test
    void aTopicWithoutClaimOrFrames_isStillValid() {
        TopicEntry t = parse("topics:\n  - slug: trade\n    label: Trade\n    keywords: [tariff]\n").topic("trade").orElseThrow();

        assertNull(t.claim());
        assertTrue(t.forFrames().isEmpty() && t.againstFrames().isEmpty());
    }

    @Test
    void aMisspelledFrameKey_isRefusedWithTheFileName() {
        CodebookException e = assertThrows(CodebookException.class,
                () -> parse("topics:\n  - slug: trade\n    label: Trade\n    keywords: [tariff]\n    pro: [cut]\n"));

        assertTrue(e.getMessage().startsWith("test.yaml: "), e.getMessage());
    }

    @Test
    void everyShippedTopic_hasAClaimAndFramesBothWays() {
        for (TopicEntry t : CodebookLoader.bundled().topics()) {
            assertFalse(t.claim() == null, t.slug());
            assertFalse(t.forFrames().isEmpty() || t.againstFrames().isEmpty(), t.slug());
        }
    }
}
