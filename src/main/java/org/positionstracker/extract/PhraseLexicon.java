package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of word sequences with a payload, matched against tokens. In a phrase, {@code a|b} means
 * either word and a trailing {@code *} means any word starting with that prefix. Matching is by
 * normalised token, so it is case-insensitive and treats curly apostrophes as straight ones.
 * At each position the longest phrase wins; {@link #findAll} returns non-overlapping matches.
 */
final class PhraseLexicon<P> {

    record Match<P>(int from, int to, P payload) {
    }

    private record Alternative(String word, boolean prefix) {
        boolean matches(String token) {
            return prefix ? token.startsWith(word) : token.equals(word);
        }
    }

    /** A phrase; {@code rank} orders equal-length matches: exact first words before prefixes, then insertion order. */
    private record Entry<P>(List<List<Alternative>> slots, P payload, int rank) {
    }

    private static final int PREFIX_KEY = 3;

    private final Map<String, List<Entry<P>>> byFirstWord = new HashMap<>();
    /** Entries whose first word is a prefix of at least {@link #PREFIX_KEY} letters, by those letters. */
    private final Map<String, List<Entry<P>>> byPrefix = new HashMap<>();
    private final List<Entry<P>> shortPrefixFirst = new ArrayList<>();
    private int added;

    void add(String phrase, P payload) {
        List<List<Alternative>> slots = new ArrayList<>();
        for (String slot : Lexicon.norm(phrase).split(" ")) {
            List<Alternative> alts = new ArrayList<>();
            for (String alt : slot.split("\\|")) {
                if (alt.isEmpty()) continue;
                if (alt.length() > 1 && alt.endsWith("*")) alts.add(new Alternative(alt.substring(0, alt.length() - 1), true));
                else alts.add(new Alternative(alt, false));
            }
            if (!alts.isEmpty()) slots.add(alts);
        }
        if (slots.isEmpty()) return;
        boolean anyPrefix = false;
        for (Alternative a : slots.get(0)) {
            if (a.prefix()) anyPrefix = true;
        }
        Entry<P> e = new Entry<>(List.copyOf(slots), payload, (anyPrefix ? 1 << 24 : 0) + added++);
        if (anyPrefix) {
            for (Alternative a : slots.get(0)) {
                List<Entry<P>> bucket;
                if (!a.prefix()) bucket = byFirstWord.computeIfAbsent(a.word(), k -> new ArrayList<>());
                else if (a.word().length() >= PREFIX_KEY) bucket = byPrefix.computeIfAbsent(a.word().substring(0, PREFIX_KEY), k -> new ArrayList<>());
                else bucket = shortPrefixFirst;
                if (!bucket.contains(e)) bucket.add(e);
            }
        } else {
            for (Alternative a : slots.get(0)) byFirstWord.computeIfAbsent(a.word(), k -> new ArrayList<>()).add(e);
        }
    }

    /** The longest phrase starting at token {@code i}, or null; equal lengths go to the lower rank. */
    Match<P> matchAt(List<Token> tokens, int i) {
        String first = tokens.get(i).lower();
        Entry<P> best = null;
        int bestLen = 0;
        List<Entry<P>> exact = byFirstWord.get(first);
        if (exact != null) {
            for (Entry<P> e : exact) {
                int n = matchLength(tokens, i, e);
                if (n > bestLen || n == bestLen && n > 0 && e.rank() < best.rank()) {
                    best = e;
                    bestLen = n;
                }
            }
        }
        List<Entry<P>> prefixed = first.length() >= PREFIX_KEY ? byPrefix.get(first.substring(0, PREFIX_KEY)) : null;
        for (int pass = 0; pass < 2; pass++) {
            List<Entry<P>> list = pass == 0 ? prefixed : shortPrefixFirst;
            if (list == null) continue;
            for (Entry<P> e : list) {
                int n = matchLength(tokens, i, e);
                if (n > bestLen || n == bestLen && n > 0 && e.rank() < best.rank()) {
                    best = e;
                    bestLen = n;
                }
            }
        }
        return best == null ? null : new Match<>(i, i + bestLen, best.payload());
    }

    /** The number of tokens entry {@code e} matches at {@code i}, or 0. */
    private int matchLength(List<Token> tokens, int i, Entry<P> e) {
        int n = e.slots().size();
        if (i + n > tokens.size()) return 0;
        for (int k = 0; k < n; k++) {
            String t = tokens.get(i + k).lower();
            boolean any = false;
            for (Alternative a : e.slots().get(k)) {
                if (a.matches(t)) {
                    any = true;
                    break;
                }
            }
            if (!any) return 0;
        }
        return n;
    }

    /** Non-overlapping matches in tokens [from, to), left to right, longest at each position. */
    List<Match<P>> findAll(List<Token> tokens, int from, int to) {
        List<Match<P>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<P> m = matchAt(tokens, i);
            if (m != null && m.to() <= to) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }
}
