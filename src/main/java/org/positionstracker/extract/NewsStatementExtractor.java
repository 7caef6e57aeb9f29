package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.codebook.ActorEntry;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.extract.attribution.AttributionSieves;
import org.positionstracker.extract.attribution.QuoteAttributor;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.attribution.SpeakerLookup;
import org.positionstracker.extract.cue.CueWords;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.extract.label.ClaimLabeler;
import org.positionstracker.extract.label.LabelInput;
import org.positionstracker.extract.label.StatementLabeler;
import org.positionstracker.extract.lexicon.Lexicons;
import org.positionstracker.extract.reported.ReportedSpeechFinder;
import org.positionstracker.extract.reported.ReportedSpeechRules;
import org.positionstracker.statement.Mode;

/**
 * Rule-based extractor for English news articles: who said what, on which codebook topic, with
 * what stance.
 *
 * <p>Pipeline: {@link PageNoise} masks page furniture (without changing offsets) →
 * {@link Sentences} splits paragraphs into sentences with the OpenNLP sentence model, keeping
 * quotations whole ({@link QuoteFinder}) → {@link DocumentBuilder} builds the document model → one
 * reading in text order, sentence by sentence: {@link VerbRules} (statements around reporting verbs)
 * then {@link ReportedSpeechFinder} (reported speech from the cues the verb rules left: {@code
 * extract/cue}, {@code extract/content}, {@code extract/reported}), both recording their speakers in
 * the {@link DiscourseMemory} for the sentences after → {@link QuoteAttributor}
 * adds every quotation of speech still uncovered ({@code extract/attribution} sieves) → the
 * {@link StatementLabeler} labels topics and stances.
 *
 * <p>Conventions: the cue span is the reporting verb or phrase alone ("warned", "made clear",
 * "according to"), without a following "that". Direct content is the text inside the quotation
 * marks without a trailing comma; indirect and partial content is the reported clause without
 * "that" and without trailing punctuation (a partial quote keeps its marks). All spans index the
 * text as given (a BOM, CR or NUL is never removed from it).
 *
 * <p>Pure and thread-safe: the OpenNLP models are loaded once ({@link NlpModels}) and each thread
 * uses its own detector and tagger; the extractor itself holds only immutable lookup tables.
 */
public final class NewsStatementExtractor implements StatementExtractor {
    /** Raise when a rule in code changes what is found; lexicon edits change the version by themselves. */
    private static final int CODE_VERSION = 7;
    private static final String VERSION = Lexicons.version("NewsStatementExtractor", CODE_VERSION);

    private final ActorIndex index;
    private final SpeakerResolver resolver;
    private final VerbRules finder;
    private final ReportedSpeechFinder reported = new ReportedSpeechFinder(ReportedSpeechRules.DEFAULT);
    private final QuoteAttributor quotes = new QuoteAttributor(AttributionSieves.DEFAULT);
    private final StatementLabeler labeler;

    public NewsStatementExtractor(Codebook codebook) {
        this(codebook, new ClaimLabeler(codebook));
    }

    public NewsStatementExtractor(Codebook codebook, StatementLabeler labeler) {
        Objects.requireNonNull(codebook, "codebook");
        this.index = new ActorIndex(codebook);
        this.resolver = new SpeakerResolver(index);
        this.finder = new VerbRules(resolver);
        this.labeler = Objects.requireNonNull(labeler, "labeler");
    }

    /**
     * Throws when a rule fails on this text: the caller reports the article as failed rather than
     * storing it with no statements.
     */
    @Override
    public Extraction extract(String text) {
        if (text == null || text.isEmpty()) return new Extraction(List.of(), List.of());
        String masked = ArchiveQuotes.normalise(PageNoise.mask(text));
        List<Sentence> sentences = Sentences.split(masked);
        DiscourseMemory memory = new DiscourseMemory();
        Document doc = DocumentBuilder.build(text, masked, sentences);
        SpeakerLookup lookup = (s, phrase) -> Optional.ofNullable(resolver.resolve(sentences.get(s.index()).tokens(),
                phrase.from(), phrase.to(), -1, -1, memory)).map(r -> new ResolvedSpeaker(r.ref(), r.mention()));
        // one reading in text order: after the verb rules of a sentence, its reported speech, so that
        // both are antecedents for the sentences after; then every quotation still uncovered (a pull
        // quote is told from the statement repeating it only when all statements are known)
        List<ExtractedStatement> found = finder.find(text, masked, sentences, memory,
                (si, all) -> reported.inSentence(doc, doc.sentences().get(si), all, lookup));
        List<ExtractedStatement> statements = label(text, sentences, quotes.attribute(doc, found, lookup));
        return new Extraction(statements, actors(statements));
    }

    private List<ExtractedStatement> label(String text, List<Sentence> sentences, List<ExtractedStatement> attributed) {
        List<ExtractedStatement> found = SpeakerKinds.settle(text, attributed);     // every speaker's kind, before topics read it
        List<ExtractedStatement> out = new ArrayList<>(found.size());
        for (ExtractedStatement st : found) {
            ExtractionBudget.checkpoint();
            int i = sentenceAt(sentences, st.content().start());
            int start = Math.min(sentences.get(i).start(), st.content().start());
            int end = st.content().end();
            for (int k = i; k < sentences.size() && sentences.get(k).start() < end; k++) end = Math.max(end, sentences.get(k).end());
            List<TextSpan> preceding = new ArrayList<>();
            for (int k = Math.max(0, i - PRECEDING); k < i; k++) preceding.add(new TextSpan(sentences.get(k).start(), sentences.get(k).end()));
            LabelInput input = new LabelInput(text, st.content(), new TextSpan(start, end), preceding, st.speaker());
            if (labeler.isNonStatement(input)) continue;
            List<TopicStance> topics = st.speaker() == null ? List.of() : labeler.label(input);
            TextSpan span = withSpeechAct(text, st);
            out.add(new ExtractedStatement(st.sentenceNumber(), st.mode(), span, span.coveredText(text), st.speaker(), st.speakerMention(),
                    st.cue(), topics, st.rule()));
        }
        return out;
    }

    /**
     * "rejected the accusation", "called for a congestion charge": the object alone does not say what
     * the speaker did with it, so the stored span takes in the act right before it. Labelling has
     * already read the act as the cue; only the span shown and stored grows.
     */
    private static TextSpan withSpeechAct(String text, ExtractedStatement st) {
        TextSpan cue = st.cue();
        TextSpan content = st.content();
        if (st.mode() != Mode.INDIRECT || cue == null || cue.end() > content.start() || !text.substring(cue.end(), content.start()).isBlank())
            return content;
        List<String> act = List.of(cue.coveredText(text).toLowerCase(Locale.ROOT).split("\\s+"));
        String next = content.coveredText(text).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        List<String> withNext = new ArrayList<>(act);
        withNext.add(next);
        boolean speechAct = CueWords.SPEECH_ACTS.contains(act) || CueWords.SPEECH_ACTS.contains(withNext);
        return speechAct ? new TextSpan(cue.start(), content.end()) : content;
    }

    /** Sentences a labeler may look back over for what "it" or "the plan" refers to. */
    private static final int PRECEDING = 5;

    /** Index of the last sentence starting at or before {@code offset} (binary search: articles have thousands). */
    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    @Override
    public String version() {
        return VERSION;
    }

    /** Every speaker once, each preceded by the actor it speaks for. */
    private List<SpeakerRef> actors(List<ExtractedStatement> statements) {
        Map<String, SpeakerRef> out = new LinkedHashMap<>();
        for (ExtractedStatement st : statements) {
            SpeakerRef sp = st.speaker();
            if (sp == null) continue;
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
