package org.positionstracker.evaluate;

import java.util.List;

/**
 * The result of {@code evaluate}: scores over all articles and per article, the check of the gold
 * files, how long extraction took, and the errors.
 *
 * @param goldFolder        the folder evaluated
 * @param overlap           the overlap threshold used
 * @param extractor         the extractor's version
 * @param articles          articles evaluated
 * @param textsWithoutGold  texts in the folder that have no gold file, not evaluated
 * @param failedArticles    articles on which the extractor threw
 * @param goldCheck         offsets checked against the texts, mismatches, unusable annotations
 * @param wallMillis        time the whole evaluation took: reading, extracting (with a warm-up), scoring
 * @param extractionMillis  time spent in the extractor, summed over the threads that ran it
 * @param articlesPerSecond articles extracted per second and thread
 * @param overall           the scores over all articles together (micro-averaged)
 * @param perRule           precision and speaker accuracy of each extractor rule, by rule name
 * @param perArticle        the scores of each article
 * @param errors            misses, wrong statements, wrong speakers, topics and stances, in article order
 */
public record EvaluationReport(String goldFolder, double overlap, String extractor, int articles, int textsWithoutGold,
                               int failedArticles, GoldCheck goldCheck, long wallMillis, long extractionMillis, double articlesPerSecond,
                               Scores.Summary overall, List<Scores.Rule> perRule, List<Scores.Summary> perArticle,
                               List<EvaluationError> errors) {
    public EvaluationReport {
        perRule = List.copyOf(perRule);
        perArticle = List.copyOf(perArticle);
        errors = List.copyOf(errors);
    }

    public EvaluationReport withoutErrors() {
        return new EvaluationReport(goldFolder, overlap, extractor, articles, textsWithoutGold, failedArticles, goldCheck,
                wallMillis, extractionMillis, articlesPerSecond, overall, perRule, perArticle, List.of());
    }
}
