package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.codebook.ActorEntry;
import org.positionstracker.codebook.Codebook;

/**
 * Rule-based extractor for English news articles: who said what, on which codebook topic, with
 * what stance.
 *
 * <p>Pipeline: {@link PageNoise} masks page furniture (without changing offsets) →
 * {@link Sentences} splits paragraphs into sentences with the OpenNLP sentence model, keeping
 * quotations whole ({@link QuoteFinder}) → {@link StatementFinder} finds reporting cues
 * ({@link ReportingVerbs}), speakers ({@link NounPhrases}, {@link SpeakerResolver},
 * {@link DiscourseMemory}) and contents → {@link TopicClassifier} and {@link StanceDetector}
 * label each statement.
 *
 * <p>Conventions: the cue span is the reporting verb or phrase alone ("warned", "made clear",
 * "according to"), without a following "that". Direct content is the text inside the quotation
 * marks without a trailing comma; indirect and partial content is the reported clause without
 * "that" and without trailing punctuation (a partial quote keeps its marks). All spans index the
 * text as given (a BOM, CR or NUL is never removed from it).
 *
 * <p>Pure and thread-safe: the OpenNLP models are loaded once ({@link NlpModels}) and each thread
 * uses its own detector and tagger; the extractor itself holds only immutable lookup tables.
 * It never throws: an unexpected failure yields an empty extraction.
 */
public final class NewsStatementExtractor implements StatementExtractor {
    private final ActorIndex index;
    private final StatementFinder finder;

    public NewsStatementExtractor(Codebook codebook) {
        Objects.requireNonNull(codebook, "codebook");
        this.index = new ActorIndex(codebook);
        this.finder = new StatementFinder(new SpeakerResolver(index), new TopicClassifier(codebook));
    }

    @Override
    public Extraction extract(String text) {
        if (text == null || text.isEmpty()) return new Extraction(List.of(), List.of());
        try {
            String masked = PageNoise.mask(text);
            List<Sentence> sentences = Sentences.split(masked);
            List<ExtractedStatement> statements = finder.find(text, masked, sentences);
            return new Extraction(statements, actors(statements));
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return new Extraction(List.of(), List.of());
        }
    }

    @Override
    public String version() {
        return "NewsStatementExtractor-3";
    }

    /** Every speaker once, each preceded by the actor it speaks for. */
    private List<SpeakerRef> actors(List<ExtractedStatement> statements) {
        Map<String, SpeakerRef> out = new LinkedHashMap<>();
        for (ExtractedStatement st : statements) {
            SpeakerRef sp = st.speaker();
            if (sp.speaksFor() != null) {
                String k = Codebook.key(sp.speaksFor());
                if (!out.containsKey(k)) {
                    ActorEntry e = index.actor(sp.speaksFor());
                    out.put(k, e != null ? ActorIndex.ref(e, null) : new SpeakerRef(sp.speaksFor(), ActorKind.GOVERNMENT, null, null, false));
                }
            }
            out.putIfAbsent(Codebook.key(sp.canonicalName()), sp);
        }
        return new ArrayList<>(out.values());
    }
}
