package org.positionstracker.extract.doc;

import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import org.positionstracker.extract.NlpModels;

/**
 * The lemma of a word from its lower-case form and UD tag, by the OpenNLP English UD lemmatizer
 * model ("said"/VERB -> "say", "territories"/NOUN -> "territory", "it's"/PRON+AUX -> "it+be").
 * The model is asked about the word alone, so the lemma depends on form and tag only and is
 * cached: the model costs about a tenth of a millisecond a word, and news reuses its words.
 * The lemma is the model's, not always a dictionary form ("ceded" gives "ced"). Without the
 * model the lemma is the form.
 */
final class Lemmas {
    /** Forms kept; past it new forms are still lemmatised, only no longer remembered. */
    private static final int CACHE_LIMIT = 200_000;
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private Lemmas() {
    }

    static String of(String lower, String pos) {
        String key = pos + ' ' + lower;
        String cached = CACHE.get(key);
        if (cached != null) return cached;
        LemmatizerME lemmatizer = NlpModels.lemmatizer();
        String lemma = lower;
        if (lemmatizer != null) {
            String out = lemmatizer.lemmatize(new String[] {lower}, new String[] {pos})[0];
            if (out != null && !out.isEmpty() && !out.equals("_")) lemma = out;     // "_": no edit script fitted the word
        }
        if (CACHE.size() < CACHE_LIMIT) CACHE.putIfAbsent(key, lemma);
        return lemma;
    }
}
