package org.positionstracker.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a cue of public speech ("said", "told reporters", "according to", "tweeted") from any
 * other cue ("believes", "fears", "polls show"), from the lexicon {@code speech-cues.txt}. Kept
 * apart from the extractor's word lists so that the measure does not move with the rules measured.
 */
public final class SpeechCues {
    private static final String RESOURCE = "speech-cues.txt";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

    private final Set<String> lemmas = new HashSet<>();
    private final Map<String, String> irregular = new HashMap<>();
    private final List<List<String>> phrases = new ArrayList<>();

    private SpeechCues() {
    }

    public static SpeechCues bundled() {
        try (InputStream in = SpeechCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the lexicon " + RESOURCE + " is missing from the jar");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpeechCues parse(List<String> lines) {
        SpeechCues cues = new SpeechCues();
        for (String raw : lines) {
            String line = raw.strip().toLowerCase(Locale.ROOT);
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            String entry = (colon < 0 ? line : line.substring(0, colon)).strip();
            if (entry.contains(" ")) {
                cues.phrases.add(List.of(entry.split("\\s+")));
                continue;
            }
            cues.lemmas.add(entry);
            if (colon >= 0)
                for (String form : line.substring(colon + 1).split(","))
                    if (!form.isBlank()) cues.irregular.put(form.strip(), entry);
        }
        return cues;
    }

    /** True when the cue's words contain a speech lemma (in any inflection) or a speech phrase. */
    public boolean isSpeech(String cue) {
        if (cue == null || cue.isBlank()) return false;
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(cue.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) words.add(m.group().replaceAll("^'+|'s$|'+$", ""));
        for (List<String> phrase : phrases)
            if (containsPhrase(words, phrase)) return true;
        for (String word : words)
            if (isSpeechWord(word)) return true;
        return false;
    }

    /** The phrase's first word may be inflected ("pointed out", "according to"). */
    private boolean containsPhrase(List<String> words, List<String> phrase) {
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            if (!isForm(words.get(i), phrase.get(0))) continue;
            if (words.subList(i + 1, i + phrase.size()).equals(phrase.subList(1, phrase.size()))) return true;
        }
        return false;
    }

    private boolean isSpeechWord(String word) {
        if (lemmas.contains(word) || irregular.containsKey(word)) return true;
        for (String lemma : candidateLemmas(word))
            if (lemmas.contains(lemma)) return true;
        return false;
    }

    private boolean isForm(String word, String lemma) {
        return word.equals(lemma) || lemma.equals(irregular.get(word)) || candidateLemmas(word).contains(lemma);
    }

    /** Undoes the regular English inflections: -s, -es, -ies, -ed, -ied, -ing, doubled consonants. */
    static List<String> candidateLemmas(String word) {
        List<String> out = new ArrayList<>();
        if (word.endsWith("ies") || word.endsWith("ied")) out.add(word.substring(0, word.length() - 3) + "y");
        if (word.endsWith("es")) out.add(word.substring(0, word.length() - 2));
        if (word.endsWith("s")) out.add(word.substring(0, word.length() - 1));
        for (String suffix : List.of("ed", "ing")) {
            if (!word.endsWith(suffix) || word.length() <= suffix.length() + 1) continue;
            String stem = word.substring(0, word.length() - suffix.length());
            out.add(stem);
            out.add(stem + "e");
            int n = stem.length();
            if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) out.add(stem.substring(0, n - 1));
        }
        if (word.endsWith("d")) out.add(word.substring(0, word.length() - 1));
        return out;
    }
}
