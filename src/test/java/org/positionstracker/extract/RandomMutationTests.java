package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RandomMutationTests {

    private static final String BASE = String.join("\n",
            "Sweden has reaffirmed that it will not lift the fishing ban, drawing anger even as Berlin signals interest in a deal.",
            "Speaking on Monday, senior Swedish official Anna Berg insisted that the quota would never be raised under pressure.",
            "“Not one boat will leave port,” Berg told The Guardian, hardening Stockholm’s stance. “As long as I am here, the ban stays,” she added.",
            "The comments followed demands from German Chancellor Henrik Vogel, who reiterated that quotas must be shared before talks resume.",
            "“Berlin will not wait. Without a deal, no trade can continue,” Vogel declared, repeating his terms.",
            "Paris, however, has made clear that tariffs must respect the single market.",
            "Quick Reads",
            "View AllTensions have grown, with French officials privately expressing concern that the vote may be delayed.",
            "“They want us weak,” Berg said. “But we will not trade our fish for promises.”",
            "Analysts warn that the gulf could stall the talks.",
            ")", ")", "Advertisement");

    private static final String[] JUNK = {"“", "”", "\"", "'", "‘", "’", ")", "\n", "\r\n", "\u0000", "\uFEFF", "View All",
            "Advertisement\n", ", said", " who ", " according to ", ":", ";", " — ", "..."};

    static Stream<Integer> seeds() {
        return IntStream.rangeClosed(1, 200).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedArticle_neverThrowsAndAllSpansAreValid(int seed) {
        String text = mutate(new Random(seed));

        assertDoesNotThrow(() -> ExtractionFixture.extract(text), () -> "seed " + seed);
    }

    private static String mutate(Random r) {
        List<String> sentences = new ArrayList<>(List.of(BASE.split("(?<=[.”])\\s+|\n")));
        int ops = 1 + r.nextInt(8);
        for (int i = 0; i < ops; i++) {
            int k = r.nextInt(sentences.size());
            switch (r.nextInt(6)) {
                case 0 -> sentences.set(k, sentences.get(k).substring(0, r.nextInt(sentences.get(k).length() + 1)));
                case 1 -> sentences.add(k, sentences.get(k));
                case 2 -> {
                    int j = r.nextInt(sentences.size());
                    String tmp = sentences.get(k);
                    sentences.set(k, sentences.get(j));
                    sentences.set(j, tmp);
                }
                case 3, 4 -> {
                    String s = sentences.get(k);
                    int at = r.nextInt(s.length() + 1);
                    sentences.set(k, s.substring(0, at) + JUNK[r.nextInt(JUNK.length)] + s.substring(at));
                }
                default -> {
                    if (sentences.size() > 1) sentences.remove(k);
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (String s : sentences) b.append(s).append(r.nextBoolean() ? " " : "\n");
        return b.toString();
    }
}
