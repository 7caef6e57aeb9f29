package org.positionstracker.extract.cue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.positionstracker.extract.lexicon.Lexicons;

/** The word lists of the cue finder, read from {@code extract/lexicon/}. */
public final class CueWords {
    private static final String DIR = "/org/positionstracker/extract/lexicon/";

    /** Reporting verbs with a clause after them (cue-verbs.txt and speech-verbs.txt). */
    public static final Set<String> VERBS = union(Lexicons.words(DIR + "cue-verbs.txt"), Lexicons.words(DIR + "speech-verbs.txt"));
    /** Verb forms that are cues only with "that" or a colon after them. */
    public static final Set<String> NEEDING_THAT = Lexicons.words(DIR + "cue-verbs-needing-that.txt");
    public static final Set<String> PARTICIPLES = Lexicons.words(DIR + "cue-participles.txt");
    /** Speech acts, each a list of words ("called", "for"). */
    public static final List<List<String>> SPEECH_ACTS = Lexicons.lines(DIR + "cue-speech-acts.txt").stream()
            .map(l -> List.of(l.toLowerCase(java.util.Locale.ROOT).split("\\+"))).toList();
    /** {@link #SPEECH_ACTS} by their first word: every word of every sentence is looked up here. */
    public static final Map<String, List<List<String>>> SPEECH_ACTS_BY_FIRST_WORD = SPEECH_ACTS.stream()
            .collect(Collectors.groupingBy(a -> a.get(0), Collectors.toUnmodifiableList()));
    /** "called X \"Y\"": a speech act only with a quotation right after its object. */
    static final Set<String> NAMING = Lexicons.words(DIR + "cue-naming-verbs.txt");
    /** Words that cannot open a reported clause ("to", "of", "was", "and"). */
    public static final Set<String> NOT_CLAUSE_STARTS = Lexicons.words(DIR + "not-clause-starts.txt");
    public static final Set<String> NOUNS = Lexicons.words(DIR + "cue-nouns.txt");
    public static final Set<String> NEXT_SENTENCE = Lexicons.words(DIR + "next-sentence-verbs.txt");
    public static final Set<String> PASSIVE = Lexicons.words(DIR + "passive-auxiliaries.txt");
    /** Possessive pronoun -> the subject pronoun it stands for ("his" -> "he"). */
    public static final java.util.Map<String, String> POSSESSIVES = Lexicons.lines(DIR + "possessive-pronouns.txt").stream()
            .map(l -> l.toLowerCase(java.util.Locale.ROOT).split("\\s+")).collect(java.util.stream.Collectors.toUnmodifiableMap(a -> a[0], a -> a[1]));
    static final Set<String> NOUN_MARKERS = Lexicons.words(DIR + "noun-markers.txt");
    static final Set<String> NEGATIONS = Lexicons.words(DIR + "negations.txt");
    static final Set<String> NEXT_SUBJECTS = Lexicons.words(DIR + "next-sentence-subjects.txt");

    private CueWords() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
