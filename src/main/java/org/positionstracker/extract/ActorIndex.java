package org.positionstracker.extract;

import java.util.HashMap;
import java.util.Map;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.codebook.ActorEntry;
import org.positionstracker.codebook.Codebook;

/**
 * Codebook actors by every name they go by (name, aliases with and without a leading "the"),
 * by demonym ("Ukrainian" -> Ukraine), plus the countries list of {@code countries.txt} for
 * places and demonyms the codebook does not know. Codebook entries always win.
 */
final class ActorIndex {
    private static final Map<String, String> COUNTRY_BY_WORD = new HashMap<>();
    private static final java.util.Set<String> COUNTRY_DEMONYMS = new java.util.HashSet<>();

    static {
        for (String line : Lexicon.lines("countries.txt")) {
            String[] p = line.split("\\|", -1);
            String name = p[0].strip();
            COUNTRY_BY_WORD.putIfAbsent(Lexicon.norm(name), name);
            for (int i = 1; i < p.length; i++) {
                for (String w : p[i].split(",")) {
                    if (w.isBlank()) continue;
                    COUNTRY_BY_WORD.putIfAbsent(Lexicon.norm(w.strip()), name);
                    if (i == 1) COUNTRY_DEMONYMS.add(Lexicon.norm(w.strip()));
                }
            }
        }
    }

    private final Map<String, ActorEntry> byName = new HashMap<>();
    private final Map<String, ActorEntry> byDemonym = new HashMap<>();

    ActorIndex(Codebook codebook) {
        for (ActorEntry a : codebook.actors()) {
            put(a.name(), a);
            for (String alias : a.aliases()) put(alias, a);
        }
        for (ActorEntry a : codebook.actors()) {
            for (String d : a.demonyms()) byDemonym.putIfAbsent(Lexicon.norm(d), a);
        }
    }

    private void put(String name, ActorEntry a) {
        String k = Lexicon.norm(name);
        byName.putIfAbsent(k, a);
        if (k.startsWith("the ")) byName.putIfAbsent(k.substring(4), a);
    }

    /** The codebook actor called {@code phrase} (normalised), or null. */
    ActorEntry actor(String phrase) {
        String k = Lexicon.norm(phrase);
        ActorEntry a = byName.get(k);
        if (a == null && k.startsWith("the ")) a = byName.get(k.substring(4));
        if (a == null && k.endsWith("'s")) a = byName.get(k.substring(0, k.length() - 2));
        return a;
    }

    /** True when a word is a codebook name or alias. */
    boolean isName(String word) {
        return byName.containsKey(Lexicon.norm(word));
    }

    /** The codebook actor of a demonym or possessive ("Ukrainian", "EU's"), or null. */
    ActorEntry byDemonym(String word) {
        String k = Lexicon.norm(word);
        ActorEntry a = byDemonym.get(k);
        if (a == null && k.endsWith("'s")) {
            String b = k.substring(0, k.length() - 2);
            a = byDemonym.get(b);
            if (a == null) a = byName.get(b);
        }
        return a;
    }

    /** True for a demonym of the countries list ("German"). */
    static boolean countryDemonym(String word) {
        return COUNTRY_DEMONYMS.contains(Lexicon.norm(word));
    }

    /** A country from the countries list for a name, demonym or capital ("Germany", "German", "Berlin"), or null. */
    static String country(String phrase) {
        String k = Lexicon.norm(phrase);
        String c = COUNTRY_BY_WORD.get(k);
        if (c == null && k.endsWith("'s")) c = COUNTRY_BY_WORD.get(k.substring(0, k.length() - 2));
        if (c == null && k.startsWith("the ")) c = COUNTRY_BY_WORD.get(k.substring(4));
        return c;
    }

    /**
     * The actor a word ties a role to: a codebook government/organisation by demonym or alias
     * ("Ukrainian", "Kyiv", "EU's"), else a listed country; as a reference, or null.
     */
    SpeakerRef placeOf(String word) {
        ActorEntry a = byDemonym(word);
        if (a == null) {
            ActorEntry b = actor(word);
            if (b != null && (b.kind() == ActorKind.GOVERNMENT || b.kind() == ActorKind.ORGANISATION)) a = b;
        }
        if (a != null) return ref(a, null);
        String c = country(word);
        return c == null ? null : new SpeakerRef(c, ActorKind.GOVERNMENT, null, null, false);
    }

    static SpeakerRef ref(ActorEntry a, String role) {
        return new SpeakerRef(a.name(), a.kind(), a.speaksFor(), role != null ? role : a.role(), true);
    }
}
