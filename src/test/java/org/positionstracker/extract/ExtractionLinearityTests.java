package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Extraction time grows linearly with the text (issue 12 item 4), also on inputs built to make
 * rules scan far: a long run of capitalised words, a quote followed by one, the seed as one line.
 * Measured as this thread's CPU time, best of several runs, and compared as a ratio between 1x
 * and 4x input: linear work gives about 4, quadratic about 16; the bound of 9 leaves room for a
 * noisy shared machine without letting a quadratic rule pass.
 */
class ExtractionLinearityTests {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final double MAX_RATIO_AT_4X = 9;

    @Test
    void oneSentenceOfCapitalisedWords_isLinear() {
        assertLinear("capitalised words", n -> capitalised(n * 1_500) + " said.");
    }

    @Test
    void quoteThenSaidThenCapitalisedWords_isLinear() {
        assertLinear("quote, said, capitalised words", n -> "\u201CThe plan is bad,\u201D said " + capitalised(n * 1_500) + ".");
    }

    @Test
    void seedRepeatedOnOneLine_isLinear() throws IOException {
        String seed = Files.readString(Path.of("seeds", "000_dcad965514c1b99f.txt")).replace('\n', ' ');
        assertLinear("seed as one line", n -> seed.repeat(n * 8));
    }

    @Test
    void seedRepeatedAsParagraphs_isLinear() throws IOException {
        String seed = Files.readString(Path.of("seeds", "000_dcad965514c1b99f.txt"));
        assertLinear("seed as paragraphs", n -> seed.repeat(n * 8));
    }

    @Test
    void oneLongQuotationWithoutAClose_isLinear() {
        assertLinear("open quotation", n -> "\u201C" + "the plan will fail and the talks will stop, ".repeat(n * 300) + "she said.");
    }

    private static void assertLinear(String what, IntFunction<String> input) {
        String one = input.apply(1);
        String four = input.apply(4);
        ExtractionFixture.EXTRACTOR.extract(one);     // load models and warm the code up
        ExtractionFixture.EXTRACTOR.extract(four);

        double ratio = (double) cpuTime(four) / Math.max(1, cpuTime(one));

        assertTrue(ratio < MAX_RATIO_AT_4X, what + ": 4x the text took " + String.format("%.1f", ratio) + "x the time");
    }

    private static long cpuTime(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            ExtractionFixture.EXTRACTOR.extract(text);
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
        }
        return best;
    }

    /** Distinct capitalised words, some looking like surnames, none a known name. */
    private static String capitalised(int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) b.append(' ');
            b.append(i % 5 == 0 ? "Kowal" : "Berg").append(Integer.toString(i, 26).replaceAll("[0-9]", "x"));
        }
        return b.toString();
    }
}
