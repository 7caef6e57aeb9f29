package org.positionstracker.extract;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English UD models (sentences, tokens, parts of speech, lemmas), loaded once from the classpath on first use. The models are
 * thread-safe, the *ME wrappers are not, so each thread gets its own detector and tagger.
 * The POS model emits Universal Dependencies tags (PROPN, NOUN, VERB, ADJ, ...), not Penn tags.
 */
public final class NlpModels {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private NlpModels() {
    }

    private static final class Holder {
        static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
        static final POSModel POS = load(POS_MODEL, POSModel::new);
        static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
        static final TokenContextGenerator TOKEN_CONTEXTS = TOKENS == null ? null : TOKENS.getFactory().getContextGenerator();
    }

    /** Loaded only when a rule first asks for a lemma: most extractions never do. */
    private static final class LemmaHolder {
        static final LemmatizerModel LEMMAS = load(LEMMA_MODEL, LemmatizerModel::new);
    }

    private static final ThreadLocal<LemmatizerME> LEMMATIZER =
            ThreadLocal.withInitial(() -> LemmaHolder.LEMMAS == null ? null : new LemmatizerME(LemmaHolder.LEMMAS));
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> Holder.SENTENCES == null ? null : new SentenceDetectorME(Holder.SENTENCES));
    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> Holder.POS == null ? null : new POSTaggerME(Holder.POS));

    /** This thread's sentence detector, or null when the model is missing. */
    static SentenceDetectorME sentenceDetector() {
        return DETECTOR.get();
    }

    /** This thread's UD part-of-speech tagger, or null when the model is missing. */
    public static POSTaggerME posTagger() {
        return TAGGER.get();
    }

    /** This thread's lemmatizer (UD lemmas from a word and its UD tag), or null when the model is missing. */
    public static LemmatizerME lemmatizer() {
        return LEMMATIZER.get();
    }

    /**
     * The tokenizer model's classifier, or null when the model is missing. Unlike a
     * {@code TokenizerME} it keeps no state, so every thread shares it ({@link WordTokenizer} drives it).
     */
    static MaxentModel tokenizerModel() {
        return Holder.TOKENS == null ? null : Holder.TOKENS.getMaxentModel();
    }

    /** The features the tokenizer model was trained on, for a position in a run of non-space characters (stateless). */
    static TokenContextGenerator tokenContexts() {
        return Holder.TOKEN_CONTEXTS;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) return null;
            return reader.read(in);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
