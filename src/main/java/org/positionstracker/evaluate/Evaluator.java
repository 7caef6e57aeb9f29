package org.positionstracker.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.Extraction;
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.TopicStance;
import org.positionstracker.topic.Stance;

/**
 * Scores an extractor's statements against gold statements, article by article. A gold statement
 * is found when the predictions that belong to it cover enough of it (see {@link SpanOverlap}); a
 * prediction is correct when it belongs to a gold statement that is found. Matching is not one to
 * one: a quotation the extractor splits into sentences is found once, and its pieces are all
 * correct. Speaker is judged on the best-overlapping piece, topics and stances on all the pieces
 * together.
 */
public final class Evaluator {
    private final StatementExtractor extractor;
    private final double threshold;
    private final ActorNameMap names;

    public Evaluator(StatementExtractor extractor, double threshold) {
        this(extractor, threshold, ActorNameMap.NONE);
    }

    Evaluator(StatementExtractor extractor, double threshold, ActorNameMap names) {
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("--overlap must be above 0 and at most 1, not " + threshold);
        this.extractor = extractor;
        this.threshold = threshold;
        this.names = names;
    }

    public double threshold() {
        return threshold;
    }

    /** Runs the extractor on the article and scores it; an extractor failure scores as nothing found. */
    public ArticleResult evaluate(GoldArticle article) {
        long t0 = System.nanoTime();
        Extraction extraction;
        try {
            extraction = extractor.extract(article.text());
        } catch (RuntimeException e) {
            long nanos = System.nanoTime() - t0;
            ArticleResult nothing = score(article, new Extraction(List.of(), List.of()), nanos);
            List<EvaluationError> errors = new ArrayList<>(nothing.errors());
            errors.add(0, new EvaluationError(article.name(), "failed", null, 0, "", null, null, null, null, 0,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
            return new ArticleResult(article.name(), nothing.gold(), 0, nothing.overlap(), nothing.exact(), nothing.topics(),
                    nothing.rules(), errors, nanos, true);
        }
        return score(article, extraction, System.nanoTime() - t0);
    }

    ArticleResult score(GoldArticle article, Extraction extraction, long extractionNanos) {
        String text = article.text();
        List<ExtractedStatement> predicted = extraction.statements();
        List<GoldStatement> gold = article.statements();
        double[][] overlap = new double[gold.size()][predicted.size()];
        boolean[][] belongs = new boolean[gold.size()][predicted.size()];
        boolean[][] exact = new boolean[gold.size()][predicted.size()];
        boolean[] found = new boolean[gold.size()];
        for (int g = 0; g < gold.size(); g++) {
            SpanOverlap measure = new SpanOverlap(gold.get(g), text);
            List<TextSpan> pieces = new ArrayList<>();
            for (int p = 0; p < predicted.size(); p++) {
                TextSpan content = predicted.get(p).content();
                overlap[g][p] = measure.overlap(content);
                exact[g][p] = measure.exact(content);
                belongs[g][p] = measure.belongs(content, threshold);
                if (belongs[g][p]) pieces.add(content);
            }
            found[g] = !pieces.isEmpty() && measure.coverage(pieces) >= threshold;
        }

        Tally atOverlap = new Tally();
        Tally atExact = new Tally();
        TopicTally topics = new TopicTally();
        RuleTally rules = new RuleTally();
        List<EvaluationError> errors = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldStatement gs = gold.get(g);
            int best = -1;
            int bestExact = -1;
            for (int p = 0; p < predicted.size(); p++) {
                if ((!found[g] || belongs[g][p]) && (best < 0 || overlap[g][p] > overlap[g][best])) best = p;
                if (bestExact < 0 && exact[g][p]) bestExact = p;
            }
            atOverlap.gold(gs.kind(), found[g]);
            atExact.gold(gs.kind(), bestExact >= 0);
            if (!found[g]) {
                ExtractedStatement near = best >= 0 && overlap[g][best] > 0 ? predicted.get(best) : null;
                errors.add(new EvaluationError(article.name(), "missed", gs.kind().code(), gs.start(), gs.text(text),
                        near == null ? null : near.rule(), goldSpeaker(gs), near == null ? null : speakerName(near),
                        gs.cue(), near == null ? 0 : Scores.round(overlap[g][best]), null));
            }
            if (found[g] && gs.hasSpeaker()) {
                ExtractedStatement p = predicted.get(best);
                atOverlap.speakerScored++;
                boolean right = SpeakerMatch.matches(gs, p, text, names);
                rules.speaker(p.rule(), right);
                if (right) atOverlap.speakerRight++;
                else errors.add(new EvaluationError(article.name(), "wrong-speaker", gs.kind().code(), gs.start(), gs.text(text),
                        p.rule(), goldSpeaker(gs), speakerName(p), gs.cue(), Scores.round(overlap[g][best]), null));
            }
            if (bestExact >= 0 && gs.hasSpeaker()) {
                atExact.speakerScored++;
                if (SpeakerMatch.matches(gs, predicted.get(bestExact), text, names)) atExact.speakerRight++;
            }
            if (found[g] && gs.topics() != null) scoreTopics(article, gs, belonging(belongs[g], predicted), topics, errors);
        }
        for (int p = 0; p < predicted.size(); p++) {
            atOverlap.predicted++;
            atExact.predicted++;
            int best = -1;
            boolean correct = false;
            boolean anyExact = false;
            for (int g = 0; g < gold.size(); g++) {
                if (best < 0 || overlap[g][p] > overlap[best][p]) best = g;
                correct |= belongs[g][p] && found[g];
                anyExact |= exact[g][p];
            }
            if (correct) atOverlap.correct++;
            rules.prediction(predicted.get(p).rule(), correct);
            if (anyExact) atExact.correct++;
            if (!correct) {
                ExtractedStatement st = predicted.get(p);
                boolean near = best >= 0 && overlap[best][p] > 0;
                errors.add(new EvaluationError(article.name(), "wrong", null, st.content().start(), st.text(), st.rule(),
                        near ? goldSpeaker(gold.get(best)) : null, speakerName(st), near ? gold.get(best).cue() : null,
                        near ? Scores.round(overlap[best][p]) : 0, null));
            }
        }
        errors.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new ArticleResult(article.name(), gold.size(), predicted.size(), atOverlap, atExact, topics, rules, errors,
                extractionNanos, false);
    }

    private static List<ExtractedStatement> belonging(boolean[] belongsToGold, List<ExtractedStatement> predicted) {
        List<ExtractedStatement> out = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++)
            if (belongsToGold[p]) out.add(predicted.get(p));
        return out;
    }

    private static void scoreTopics(GoldArticle article, GoldStatement gold, List<ExtractedStatement> matches,
                                    TopicTally tally, List<EvaluationError> errors) {
        Set<String> predicted = new LinkedHashSet<>();
        for (ExtractedStatement st : matches)
            for (TopicStance ts : st.topics()) predicted.add(ts.topicSlug());
        tally.statements++;
        Set<String> goldTopics = new LinkedHashSet<>(gold.topics());
        for (String slug : predicted) {
            if (goldTopics.contains(slug)) tally.rightTopics++;
            else tally.extraTopics++;
        }
        for (String slug : goldTopics) if (!predicted.contains(slug)) tally.missedTopics++;
        String text = gold.text(article.text());
        if (!predicted.equals(goldTopics))
            errors.add(new EvaluationError(article.name(), "topics", gold.kind().code(), gold.start(), text,
                    matches.get(0).rule(), goldSpeaker(gold), speakerName(matches.get(0)), gold.cue(), 1,
                    "gold " + goldTopics + ", predicted " + predicted));
        for (Map.Entry<String, Stance> e : gold.stances().entrySet()) {
            tally.stancePairs++;
            List<Stance> said = matches.stream().flatMap(st -> st.topics().stream())
                    .filter(ts -> ts.topicSlug().equals(e.getKey())).map(TopicStance::stance).toList();
            if (!said.isEmpty()) tally.stancePairsWithTopic++;
            if (said.contains(e.getValue())) {
                tally.stanceRight++;
            } else {
                errors.add(new EvaluationError(article.name(), "stance", gold.kind().code(), gold.start(), text,
                        matches.get(0).rule(), goldSpeaker(gold), speakerName(matches.get(0)), gold.cue(), 1,
                        e.getKey() + ": gold " + e.getValue().code() + ", predicted "
                                + (said.isEmpty() ? "no such topic" : said.stream().map(Stance::code).toList())));
            }
        }
    }

    private static String goldSpeaker(GoldStatement g) {
        return g.speakerNames().isEmpty() ? null : g.speakerNames().get(0);
    }

    /** Null for a statement stored without a speaker (an unattributed quotation). */
    private static String speakerName(ExtractedStatement st) {
        return st.speaker() == null ? null : st.speaker().canonicalName();
    }
}
