package org.positionstracker.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.Extraction;
import org.positionstracker.extract.ExtractionBudget;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.TopicStance;
import org.positionstracker.statement.Mode;
import org.positionstracker.topic.Stance;

/**
 * A stand-in extractor for importer tests, so they test storage rather than language: every line
 * {@code SPEAKER [for PRINCIPAL] | TOPIC=STANCE | TEXT} becomes one statement whose content is TEXT.
 * A line {@code FAIL} makes it throw. A line {@code SPIN} makes it run until its time budget's
 * checkpoint stops it; a line {@code STUCK} makes it wait, without ever reaching a checkpoint, until
 * {@link #UNSTICK} is counted down (a test releases it, so no thread outlives the test).
 */
final class ScriptedExtractor implements StatementExtractor {
    private static final Pattern LINE = Pattern.compile("(?m)^([^|\\n]+?)(?: for ([^|\\n]+?))? \\| ([a-z-]+)=([a-z]+) \\| (.+)$");

    static volatile CountDownLatch UNSTICK = new CountDownLatch(0);

    @Override
    public Extraction extract(String text) {
        if (text.contains("\nFAIL")) throw new IllegalStateException("scripted failure");
        if (text.contains("\nSPIN")) {
            while (true) {
                ExtractionBudget.checkpoint();
                Thread.onSpinWait();
            }
        }
        if (text.contains("\nSTUCK")) awaitUninterruptibly(UNSTICK);
        Map<String, SpeakerRef> actors = new LinkedHashMap<>();
        List<ExtractedStatement> statements = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        int sentence = 0;
        while (m.find()) {
            String principal = m.group(2);
            if (principal != null) actors.putIfAbsent(principal, new SpeakerRef(principal, ActorKind.GOVERNMENT, null, null, false));
            SpeakerRef speaker = new SpeakerRef(m.group(1), ActorKind.PERSON, principal, "official", false);
            actors.putIfAbsent(speaker.canonicalName(), speaker);
            TextSpan content = new TextSpan(m.start(5), m.end(5));
            TextSpan keyword = new TextSpan(m.start(3), m.end(3));
            statements.add(new ExtractedStatement(++sentence, Mode.INDIRECT, content, content.coveredText(text), speaker,
                    new TextSpan(m.start(1), m.end(1)), null,
                    List.of(new TopicStance(m.group(3), Stance.fromCode(m.group(4)), keyword, null)), "scripted"));
        }
        return new Extraction(statements, List.copyOf(actors.values()));
    }

    /** Ignores interrupts, as a rule stuck in a loop would. */
    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
