package org.positionstracker.evaluate;

import java.util.EnumMap;
import java.util.Map;

/** Counts for one match level (overlap or exact), added up over statements and articles. */
final class Tally {
    final Map<GoldKind, int[]> goldAndFound = new EnumMap<>(GoldKind.class);
    int predicted;
    int correct;
    int speakerScored;
    int speakerRight;

    Tally() {
        for (GoldKind k : GoldKind.values()) goldAndFound.put(k, new int[2]);
    }

    void gold(GoldKind kind, boolean found) {
        int[] c = goldAndFound.get(kind);
        c[0]++;
        if (found) c[1]++;
    }

    void add(Tally other) {
        for (GoldKind k : GoldKind.values()) {
            goldAndFound.get(k)[0] += other.goldAndFound.get(k)[0];
            goldAndFound.get(k)[1] += other.goldAndFound.get(k)[1];
        }
        predicted += other.predicted;
        correct += other.correct;
        speakerScored += other.speakerScored;
        speakerRight += other.speakerRight;
    }

    Scores.Level scores() {
        int gold = 0;
        int found = 0;
        for (int[] c : goldAndFound.values()) {
            gold += c[0];
            found += c[1];
        }
        Scores.Ratio recall = Scores.Ratio.of(found, gold);
        Scores.Ratio precision = Scores.Ratio.of(correct, predicted);
        return new Scores.Level(recall, ratio(GoldKind.QUOTED_SPEECH), ratio(GoldKind.REPORTED_SPEECH),
                ratio(GoldKind.QUOTED_OTHER), ratio(GoldKind.REPORTED_OTHER), precision,
                Scores.f1(precision.value(), recall.value()), Scores.Ratio.of(speakerRight, speakerScored));
    }

    private Scores.Ratio ratio(GoldKind kind) {
        int[] c = goldAndFound.get(kind);
        return Scores.Ratio.of(c[1], c[0]);
    }
}
