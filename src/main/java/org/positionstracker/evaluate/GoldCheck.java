package org.positionstracker.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * What checking annotations against their texts found: spans whose recorded text differs from
 * the text at their offsets (a different newline or character convention), annotations that could
 * not be used, and the first few problems in words.
 *
 * @param spansChecked    text-bound annotations compared with the text
 * @param spanMismatches  of those, how many did not equal the text at their offsets
 * @param unusable        annotations skipped (content not linked to an attribution, snippet not
 *                        found in the text, span outside the text...)
 * @param problems        the first problems, one line each, naming the file
 */
public record GoldCheck(int spansChecked, int spanMismatches, int unusable, List<String> problems) {
    static final int MAX_PROBLEMS = 20;

    public GoldCheck {
        problems = List.copyOf(problems);
    }

    public static GoldCheck clean(int spansChecked) {
        return new GoldCheck(spansChecked, 0, 0, List.of());
    }

    public GoldCheck plus(GoldCheck other) {
        List<String> all = new ArrayList<>(problems);
        for (String p : other.problems) if (all.size() < MAX_PROBLEMS) all.add(p);
        return new GoldCheck(spansChecked + other.spansChecked, spanMismatches + other.spanMismatches,
                unusable + other.unusable, all);
    }
}
