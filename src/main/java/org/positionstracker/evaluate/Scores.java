package org.positionstracker.evaluate;

/** The figures `evaluate` reports, as immutable values (printed as a table or as JSON). */
public final class Scores {
    private Scores() {
    }

    /** A proportion with its counts; the value is null when there is nothing to count. */
    public record Ratio(int count, int of, Double value) {
        static Ratio of(int count, int of) {
            return new Ratio(count, of, of == 0 ? null : round((double) count / of));
        }

        @Override
        public String toString() {
            return value == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f (%d/%d)", value, count, of);
        }
    }

    /**
     * Scores at one match level.
     *
     * @param recall          gold statements found, of all
     * @param quotedSpeech    recall on quoted content with a speech cue
     * @param reportedSpeech  recall on content without quotation marks with a speech cue
     * @param quotedOther     recall on quoted content with another cue (thoughts, beliefs, documents)
     * @param reportedOther   recall on reported content with another cue
     * @param precision       predicted statements that match a gold statement, of all predicted
     * @param f1              harmonic mean of precision and recall
     * @param speaker         found gold statements with a speaker whose predicted speaker is right
     */
    public record Level(Ratio recall, Ratio quotedSpeech, Ratio reportedSpeech, Ratio quotedOther,
                        Ratio reportedOther, Ratio precision, Double f1, Ratio speaker) {
    }

    /**
     * Topics and stances, on found gold statements whose gold lists their topics.
     *
     * @param statements         found gold statements scored on topics
     * @param precision          predicted topics that are gold topics
     * @param recall             gold topics predicted
     * @param f1                 harmonic mean
     * @param stance             gold (statement, topic) stances predicted on that topic with that stance
     * @param stanceWhereTopic   the same, counting only pairs whose topic was predicted
     */
    public record Topics(int statements, Ratio precision, Ratio recall, Double f1, Ratio stance, Ratio stanceWhereTopic) {
    }

    /**
     * How one extractor rule did, at the overlap threshold.
     *
     * @param rule       the rule's name, as {@code ExtractedStatement.rule()} gives it
     * @param precision  its statements that are correct
     * @param speaker    found gold statements judged on one of its statements whose speaker is right
     */
    public record Rule(String rule, Ratio precision, Ratio speaker) {
    }

    /** Everything measured on one article or on all of them. */
    public record Summary(String article, int gold, int predicted, Level atOverlap, Level exact, Topics topics) {
    }

    static Double f1(Double precision, Double recall) {
        if (precision == null || recall == null || precision + recall == 0) return null;
        return round(2 * precision * recall / (precision + recall));
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
