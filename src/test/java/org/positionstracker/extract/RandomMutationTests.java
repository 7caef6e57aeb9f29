package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

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

    static Stream<Integer> seeds() {
        return IntStream.rangeClosed(1, 200).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedArticle_neverThrowsAndAllSpansAreValid(int seed) {
        String text = ArticleMutator.mutate(BASE, new Random(seed));

        assertDoesNotThrow(() -> ExtractionFixture.extract(text), () -> "seed " + seed);
    }
}
