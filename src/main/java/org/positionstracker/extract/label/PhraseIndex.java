package org.positionstracker.extract.label;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases with a payload, matched against words by lemma. In a phrase, {@code a|b} means either
 * word, a trailing {@code *} any word starting with that prefix (matched on the written form), and
 * {@code ...} up to three words of any kind but clause punctuation ("give ... up" finds "give the
 * land up"). At each position the longest match wins; {@link #findAll} returns non-overlapping matches.
 */
final class PhraseIndex<P> {

    record Match<P>(int from, int to, P payload, String phrase) {
    }

    private record Slot(List<String> lemmas, List<String> prefixes, boolean gap) {
        boolean matches(Word w) {
            if (lemmas.contains(w.lemma())) return true;
            for (String p : prefixes) if (w.lower().startsWith(p)) return true;
            return false;
        }
    }

    private record Entry<P>(List<Slot> slots, P payload, String phrase) {
    }

    private static final int MAX_GAP = 3;
    private final Map<String, List<Entry<P>>> byFirstLemma = new HashMap<>();
    private final List<Entry<P>> prefixFirst = new ArrayList<>();

    void add(String phrase, P payload) {
        List<Slot> slots = new ArrayList<>();
        String norm = phrase.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        for (String raw : norm.split("\\s+")) {
            if (raw.equals("...")) {
                if (!slots.isEmpty()) slots.add(new Slot(List.of(), List.of(), true));
                continue;
            }
            List<String> lemmas = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            for (String alt : raw.split("\\|")) {
                if (alt.isEmpty()) continue;
                if (alt.length() > 1 && alt.endsWith("*")) prefixes.add(alt.substring(0, alt.length() - 1));
                else for (Word w : Word.tokenize(alt, 0, alt.length())) lemmas.add(w.lemma());
            }
            if (!lemmas.isEmpty() || !prefixes.isEmpty()) slots.add(new Slot(List.copyOf(lemmas), List.copyOf(prefixes), false));
        }
        while (!slots.isEmpty() && slots.get(slots.size() - 1).gap()) slots.remove(slots.size() - 1);
        if (slots.isEmpty()) return;
        Entry<P> e = new Entry<>(List.copyOf(slots), payload, phrase.strip());
        Slot first = slots.get(0);
        if (!first.prefixes().isEmpty()) prefixFirst.add(e);
        for (String l : first.lemmas()) byFirstLemma.computeIfAbsent(l, k -> new ArrayList<>()).add(e);
    }

    /** The longest phrase starting at word {@code i} and ending by {@code to}, or null; equal lengths go to the one added first. */
    Match<P> matchAt(List<Word> words, int i, int to) {
        Entry<P> best = null;
        int bestEnd = -1;
        for (int pass = 0; pass < 2; pass++) {
            List<Entry<P>> list = pass == 0 ? byFirstLemma.get(words.get(i).lemma()) : prefixFirst;
            if (list == null) continue;
            for (Entry<P> e : list) {
                int end = end(words, i, to, e.slots(), 0);
                if (end > bestEnd) {
                    best = e;
                    bestEnd = end;
                }
            }
        }
        return best == null ? null : new Match<>(i, bestEnd, best.payload(), best.phrase());
    }

    /** Where slots [k..] matched from word i end, or -1. */
    private static int end(List<Word> words, int i, int to, List<Slot> slots, int k) {
        if (k == slots.size()) return i;
        Slot s = slots.get(k);
        if (s.gap()) {
            for (int skip = 0; skip <= MAX_GAP && i + skip <= to; skip++) {
                if (skip > 0 && (words.get(i + skip - 1).clauseBreak() || words.get(i + skip - 1).is(","))) break;
                int e = end(words, i + skip, to, slots, k + 1);
                if (e >= 0) return e;
            }
            return -1;
        }
        if (i >= to || !words.get(i).word() && !s.lemmas().contains(words.get(i).lemma()) || !s.matches(words.get(i))) return -1;
        return end(words, i + 1, to, slots, k + 1);
    }

    /** Non-overlapping matches in words [from, to), left to right, longest at each position. */
    List<Match<P>> findAll(List<Word> words, int from, int to) {
        List<Match<P>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<P> m = matchAt(words, i, to);
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }
}
