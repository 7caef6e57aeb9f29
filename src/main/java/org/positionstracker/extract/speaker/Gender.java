package org.positionstracker.extract.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * What is known of a speaker's gender: the pronoun earlier statements reached it by, a courtesy
 * title in its role, or a given name almost only one gender bears.
 */
public final class Gender {
    private static final Set<String> FEMALE = Lexicons.words(Phrases.DIR + "speaker-female-names.txt");
    private static final Set<String> MALE = Lexicons.words(Phrases.DIR + "speaker-male-names.txt");
    private static final Set<String> HONORIFICS_HE = Lexicons.words(Phrases.DIR + "honorifics-he.txt");
    private static final Set<String> HONORIFICS_SHE = Lexicons.words(Phrases.DIR + "honorifics-she.txt");

    private Gender() {
    }

    /**
     * True when, among the first {@code count} statements of {@code found} in article {@code text},
     * the speaker was called by the other pronoun than {@code pronoun} ("he" or "she"), its role
     * has the other courtesy title ("Mrs." for "he"), or its given name is the other gender's.
     */
    static boolean contradicts(String text, List<ExtractedStatement> found, int count, SpeakerRef r, String pronoun) {
        boolean female = pronoun.equals("she");
        String other = female ? "he" : "she";
        String first = r.canonicalName().split(" ", 2)[0].toLowerCase(Locale.ROOT);
        if (r.canonicalName().contains(" ") && (female ? MALE.contains(first) : FEMALE.contains(first))) return true;
        if (other.equals(honorific(r.role()))) return true;
        for (int i = 0; i < Math.min(count, found.size()); i++) {
            ExtractedStatement st = found.get(i);
            TextSpan m = st.speakerMention();
            if (r.equals(st.speaker()) && m != null && m.end() <= text.length() && m.coveredText(text).equalsIgnoreCase(other)) return true;
        }
        return false;
    }

    /** "he" for a role with a man's courtesy title ("Mr."), "she" for a woman's ("Ms.", "Mrs."), else null. */
    public static String honorific(String role) {
        if (role == null) return null;
        for (String w : role.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
            if (HONORIFICS_HE.contains(w)) return "he";
            if (HONORIFICS_SHE.contains(w)) return "she";
        }
        return null;
    }
}
