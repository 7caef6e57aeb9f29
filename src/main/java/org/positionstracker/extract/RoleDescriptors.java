package org.positionstracker.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Descriptor nouns that refer back to a titled person ({@code role-descriptors.txt}): "the Russian
 * leader" for a president, "the diplomat" for a deputy foreign minister, "the head of state",
 * "the Kremlin official" for a Kremlin spokesman. A role fits a descriptor when it contains one of
 * the descriptor's title words (as whole words).
 */
final class RoleDescriptors {
    private static final Map<String, List<String>> HYPONYMS = new HashMap<>();

    static {
        for (String line : Lexicon.lines("role-descriptors.txt")) {
            String[] parts = line.split("\t");
            if (parts.length < 2) continue;
            HYPONYMS.put(Lexicon.norm(parts[0]), List.of(Lexicon.norm(parts[1]).split("\\|")));
        }
    }

    private RoleDescriptors() {
    }

    /** True when {@code descriptor} ("leader", "head of state") is a known descriptor noun. */
    static boolean known(String descriptor) {
        return HYPONYMS.containsKey(Lexicon.norm(descriptor));
    }

    /** True when a person with {@code role} may be called {@code descriptor}. */
    static boolean fits(String descriptor, String role) {
        List<String> words = HYPONYMS.get(Lexicon.norm(descriptor));
        if (words == null || role == null) return false;
        String r = " " + Lexicon.norm(role).replace("'s", "") + " ";
        for (String w : words) {
            if (r.contains(" " + w.strip() + " ")) return true;
        }
        return false;
    }
}
