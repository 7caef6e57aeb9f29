package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.positionstracker.extract.ExtractionFixture.extract;
import static org.positionstracker.extract.ExtractionFixture.single;

import java.util.List;
import org.junit.jupiter.api.Test;

class RobustnessTests {

    @Test
    void emptyText_givesEmptyExtraction() {
        Extraction e = extract("");

        assertTrue(e.statements().isEmpty());
        assertTrue(e.actors().isEmpty());
    }

    @Test
    void onlyNoise_givesNothing() {
        Extraction e = extract("Advertisement\n)\n)\nQuick Reads\nView All\n\n");

        assertTrue(e.statements().isEmpty());
    }

    @Test
    void leadingByteOrderMark_keepsOffsetsIntoTheGivenString() {
        String text = "\uFEFFLindqvist said the fishing ban would end.";

        ExtractedStatement s = single(extract(text));

        assertEquals("the fishing ban would end", s.text());
        assertEquals(text.indexOf("the fishing"), s.content().start());
    }

    @Test
    void crlfLineEnds_areParagraphBoundaries() {
        String text = "Vogel said coal would go.\r\n\r\n“It is over,” he said.\r\n";

        Extraction e = extract(text);

        assertEquals(2, e.statements().size());
        assertEquals("It is over", e.statements().get(1).text());
    }

    @Test
    void nulCharacters_doNotBreakExtraction() {
        String text = "Vogel said\u0000 the \u0000coal exit was on track.\u0000";

        Extraction e = extract(text);

        assertEquals(1, e.statements().size());
    }

    @Test
    void unbalancedAndNestedQuotes_neverThrow() {
        String[] texts = {
                "“Unclosed quote, said Vogel.", "Closing only” said Vogel.", "\"\"\"\"", "“‘nested’ and “double” marks,” said Lindqvist.",
                "“a “b “c ” d", "’’’‘‘‘", "\"She said \"no\" twice,\" said Jo Ray.", "“", "”", "'", "said", "said that", ", said X ,",
                "According to", "according to ,", "who said that", "but stressed that", "He said: “", "“”"
        };

        for (String t : texts) assertDoesNotThrow(() -> extract(t), t);
    }

    @Test
    void tenThousandQuotes_finishWithValidSpans() {
        StringBuilder b = new StringBuilder("Vogel said: ");
        for (int i = 0; i < 10_000; i++) b.append(i % 3 == 0 ? "“tariffs” " : i % 3 == 1 ? "\"wages\" " : "“open ");
        b.append("\nLindqvist said the vote was fair.");
        String text = b.toString();

        Extraction e = assertDoesNotThrow(() -> extract(text));

        assertTrue(e.statements().stream().anyMatch(s -> s.text().equals("the vote was fair")));
    }

    @Test
    void binaryLookingText_neverThrows() {
        StringBuilder b = new StringBuilder();
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 5000; i++) b.append((char) r.nextInt(0x3000));
        String text = b.toString();

        assertDoesNotThrow(() -> extract(text));
    }

    @Test
    void concurrentExtractions_giveTheSameResultAsSequentialOnes() throws Exception {
        String text = "“We will not raise tariffs,” Vogel said. He added that exports were strong.\n"
                + "Officials in Stockholm say the fishing quota must be cut. Analysts warned that wages would fall.";
        Extraction expected = extract(text);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);

        List<java.util.concurrent.Future<Extraction>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 64; i++) results.add(pool.submit(() -> ExtractionFixture.EXTRACTOR.extract(text)));

        for (java.util.concurrent.Future<Extraction> f : results) assertEquals(expected, f.get());
        pool.shutdown();
    }

    @Test
    void sameTextTwice_givesEqualResults() {
        String text = "“We will not raise tariffs,” Vogel said. He added that exports were strong.";

        assertEquals(extract(text), extract(text));
    }
}
