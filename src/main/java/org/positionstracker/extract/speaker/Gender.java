package org.positionstracker.extract.speaker;

import java.util.List;
import java.util.Locale;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.TextSpan;

/** What the article has shown of a speaker's gender: the pronoun earlier statements reached it by, or a courtesy title in its role. */
final class Gender {
    private Gender() {
    }

    /**
     * True when, among the first {@code count} statements of {@code found} in article {@code text},
     * the speaker was called by the other pronoun than {@code pronoun} ("he" or "she"), or its role
     * has the other courtesy title ("Mrs." for "he").
     */
    static boolean contradicts(String text, List<ExtractedStatement> found, int count, SpeakerRef r, String pronoun) {
        boolean female = pronoun.equals("she");
        String other = female ? "he" : "she";
        String role = r.role() == null ? "" : " " + r.role().toLowerCase(Locale.ROOT) + " ";
        if (female ? role.contains(" mr. ") || role.contains(" mr ") : role.contains(" mrs. ") || role.contains(" ms. ") || role.contains(" mrs ")
                || role.contains(" ms ")) return true;
        for (int i = 0; i < Math.min(count, found.size()); i++) {
            ExtractedStatement st = found.get(i);
            TextSpan m = st.speakerMention();
            if (r.equals(st.speaker()) && m != null && m.end() <= text.length() && m.coveredText(text).equalsIgnoreCase(other)) return true;
        }
        return false;
    }
}
