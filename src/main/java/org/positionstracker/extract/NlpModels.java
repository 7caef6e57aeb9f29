package org.positionstracker.extract;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP English UD models, loaded once from the classpath on first use. The models are
 * thread-safe, the *ME wrappers are not, so each thread gets its own detector and tagger.
 * The POS model emits Universal Dependencies tags (PROPN, NOUN, VERB, ADJ, ...), not Penn tags.
 */
public final class NlpModels {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private NlpModels() {
    }

    private static final class Holder {
        static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
        static final POSModel POS = load(POS_MODEL, POSModel::new);
    }

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
