package org.positionstracker.evaluate;

import java.util.List;

/**
 * One article's counts and errors.
 *
 * @param failed true when the extractor threw on the article (everything counts as missed)
 */
record ArticleResult(String name, int gold, int predicted, Tally overlap, Tally exact, TopicTally topics, RuleTally rules,
                            List<EvaluationError> errors, long extractionNanos, boolean failed) {
    ArticleResult {
        errors = List.copyOf(errors);
    }

    Scores.Summary summary() {
        return new Scores.Summary(name, gold, predicted, overlap.scores(), exact.scores(), topics.scores());
    }
}
