package org.positionstracker.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.positionstracker.extract.StatementExtractor;

/** Evaluates an extractor on every annotated article below a folder. */
public final class Evaluation {
    /** Told after each article, for a progress line on long runs. */
    public interface Progress {
        void article(int done, int total);
    }

    private record Scored(GoldCheck check, ArticleResult result) {
    }

    private final StatementExtractor extractor;
    private final double overlap;
    private final SpeechCues speechCues;
    private final ActorNameMap names;

    public Evaluation(StatementExtractor extractor, double overlap, SpeechCues speechCues) {
        this(extractor, overlap, speechCues, ActorNameMap.NONE);
    }

    /** Speakers are compared through the codebook's aliases ("Sergei Lavrov" is the actor "Sergey Lavrov"). */
    public Evaluation(StatementExtractor extractor, double overlap, SpeechCues speechCues, org.positionstracker.codebook.Codebook codebook) {
        this(extractor, overlap, speechCues, ActorNameMap.of(codebook));
    }

    private Evaluation(StatementExtractor extractor, double overlap, SpeechCues speechCues, ActorNameMap names) {
        this.extractor = extractor;
        this.overlap = overlap;
        this.speechCues = speechCues;
        this.names = names;
    }

    public EvaluationReport run(Path goldFolder, Progress progress) {
        long started = System.nanoTime();
        GoldFolder.Listing listing = GoldFolder.list(goldFolder);
        if (listing.entries().isEmpty())
            throw new IllegalArgumentException(goldFolder + ": no annotated articles (NAME.txt with NAME.gold.json, NAME.ann,"
                    + " or NAME_*.ann in the same folder or in ../attributions/)");
        GoldFolder reader = new GoldFolder(speechCues);
        Evaluator evaluator = new Evaluator(extractor, overlap, names);
        warmUp(reader.read(listing.entries().get(0)).text());
        int total = listing.entries().size();
        AtomicInteger done = new AtomicInteger();
        // Extractors are safe to share between threads; the articles are independent.
        List<Scored> scored = listing.entries().parallelStream().map(entry -> {
            GoldArticle article = reader.read(entry);
            ArticleResult result = evaluator.evaluate(article);
            synchronized (progress) {
                progress.article(done.incrementAndGet(), total);
            }
            return new Scored(article.check(), result);
        }).toList();
        GoldCheck check = GoldCheck.clean(0);
        List<ArticleResult> results = new ArrayList<>();
        for (Scored s : scored) {
            check = check.plus(s.check());
            results.add(s.result());
        }
        return report(goldFolder.toString(), results, listing.textsWithoutGold().size(), check,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Models load lazily on the first text; keep that out of the measured extraction time. A
     * failure here is not lost: the same text fails again when its article is evaluated, and is
     * reported there.
     */
    private void warmUp(String text) {
        try {
            extractor.extract(text);
        } catch (RuntimeException reportedWithTheArticle) {
            // see above
        }
    }

    EvaluationReport report(String folder, List<ArticleResult> results, int textsWithoutGold, GoldCheck check, long wallMillis) {
        Tally overlapTotal = new Tally();
        Tally exactTotal = new Tally();
        TopicTally topicTotal = new TopicTally();
        RuleTally ruleTotal = new RuleTally();
        List<Scores.Summary> perArticle = new ArrayList<>();
        List<EvaluationError> errors = new ArrayList<>();
        long nanos = 0;
        int gold = 0;
        int predicted = 0;
        int failed = 0;
        for (ArticleResult r : results) {
            overlapTotal.add(r.overlap());
            exactTotal.add(r.exact());
            topicTotal.add(r.topics());
            ruleTotal.add(r.rules());
            perArticle.add(r.summary());
            errors.addAll(r.errors());
            nanos += r.extractionNanos();
            gold += r.gold();
            predicted += r.predicted();
            if (r.failed()) failed++;
        }
        Scores.Summary overall = new Scores.Summary("(all)", gold, predicted, overlapTotal.scores(), exactTotal.scores(),
                topicTotal.scores());
        double perSecond = nanos == 0 ? 0 : Scores.round(results.size() / (nanos / 1e9));
        return new EvaluationReport(folder, overlap, extractor.version(), results.size(), textsWithoutGold, failed, check,
                wallMillis, nanos / 1_000_000, perSecond, overall, ruleTotal.scores(), perArticle, errors);
    }
}
