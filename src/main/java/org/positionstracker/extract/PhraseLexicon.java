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

    private record Entry<P>(List<List<Alternative>> slots, P payload) {
    }

    private final Map<String, List<Entry<P>>> byFirstWord = new HashMap<>();
    private final List<Entry<P>> prefixFirst = new ArrayList<>();

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
        Entry<P> e = new Entry<>(List.copyOf(slots), payload);
        boolean anyPrefix = false;
        for (Alternative a : slots.get(0)) {
            if (a.prefix()) anyPrefix = true;
        }
        if (anyPrefix) {
            prefixFirst.add(e);
        } else {
            for (Alternative a : slots.get(0)) byFirstWord.computeIfAbsent(a.word(), k -> new ArrayList<>()).add(e);
        }
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Match<P> matchAt(List<Token> tokens, int i) {
        Match<P> best = null;
        List<Entry<P>> candidates = byFirstWord.get(tokens.get(i).lower());
        if (candidates != null) best = longest(tokens, i, candidates, best);
        if (!prefixFirst.isEmpty()) best = longest(tokens, i, prefixFirst, best);
        return best;
    }

    private Match<P> longest(List<Token> tokens, int i, List<Entry<P>> entries, Match<P> best) {
        for (Entry<P> e : entries) {
            int n = e.slots().size();
            if (i + n > tokens.size()) continue;
            if (best != null && n <= best.to() - best.from()) continue;
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                String t = tokens.get(i + k).lower();
                boolean any = false;
                for (Alternative a : e.slots().get(k)) {
                    if (a.matches(t)) {
                        any = true;
                        break;
                    }
                }
                ok = any;
            }
            if (ok) best = new Match<>(i, i + n, e.payload());
        }
        return best;
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
