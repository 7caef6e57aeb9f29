package org.positionstracker.extract.attribution;

import java.util.Set;
import org.positionstracker.extract.lexicon.Lexicons;

/** The word lists the sieves share, read from {@code extract/lexicon/}. */
final class AttributionWords {
    private static final String DIR = "/org/positionstracker/extract/lexicon/";

    static final Set<String> SPEECH_ACTS = Lexicons.words(DIR + "speech-acts.txt");
    static final Set<String> BESIDE_VERB = Lexicons.words(DIR + "beside-verb.txt");
    static final Set<String> SUBJECT_STOP = Lexicons.words(DIR + "subject-stop-words.txt");
    static final Set<String> INTRODUCTORY = Lexicons.words(DIR + "introductory-words.txt");
    static final Set<String> PASSIVE = Lexicons.words(DIR + "passive-auxiliaries.txt");
    static final Set<String> NOUN_PHRASE_JOINERS = Lexicons.words(DIR + "noun-phrase-joiners.txt");

    private AttributionWords() {
    }
}
