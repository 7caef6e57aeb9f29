package org.positionstracker.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Per extractor rule: statements predicted and correct, speakers judged and right. */
final class RuleTally {
    private final Map<String, int[]> counts = new TreeMap<>();

    void prediction(String rule, boolean correct) {
        int[] c = of(rule);
        c[0]++;
        if (correct) c[1]++;
    }

    void speaker(String rule, boolean right) {
        int[] c = of(rule);
        c[2]++;
        if (right) c[3]++;
    }

    void add(RuleTally other) {
        other.counts.forEach((rule, c) -> {
            int[] mine = of(rule);
            for (int i = 0; i < mine.length; i++) mine[i] += c[i];
        });
    }

    List<Scores.Rule> scores() {
        List<Scores.Rule> out = new ArrayList<>();
        counts.forEach((rule, c) -> out.add(new Scores.Rule(rule, Scores.Ratio.of(c[1], c[0]), Scores.Ratio.of(c[3], c[2]))));
        return out;
    }

    private int[] of(String rule) {
        return counts.computeIfAbsent(rule, r -> new int[4]);
    }
}
