package org.positionstracker.extract.speaker;

import java.util.Set;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * A subject phrase without the adverbs and reflexives at its edges ("He also" -> "He", "Clinton
 * herself" -> "Clinton", "even some experts" -> "some experts", "Reed on Thursday", "Reed repeatedly", "Reed at the time" -> "Reed") and without a circumstance with a
 * possessive after a name ("Reed in her speech" -> "Reed").
 */
public final class PhraseTrim {
    private static final Set<String> LEADING = Lexicons.words(Phrases.DIR + "speaker-leading-adverbs.txt");
    private static final Set<String> TRAILING = Lexicons.words(Phrases.DIR + "speaker-trailing-adverbs.txt");

    private static final Set<String> TIME = Lexicons.words(Phrases.DIR + "time-words.txt");
    private static final Set<String> TIME_OPENERS = Lexicons.words(Lexicons.DIR + "speaker-phrase-trim-time-openers.txt");
    private static final Set<String> CIRCUMSTANCE = Lexicons.words(Lexicons.DIR + "speaker-phrase-trim-circumstance.txt");

    /** Words in -ly that are nouns or names, not adverbs ("family", "rally", "Italy"). */
    private static final Set<String> LY_NOUNS = Lexicons.words(Phrases.DIR + "speaker-ly-nouns.txt");

    private PhraseTrim() {
    }

    /** A lower-case adverb in -ly after a name ("Reed repeatedly"), not a noun in -ly ("the Kelly family"). */
    private static boolean adverb(org.positionstracker.extract.doc.Word w) {
        return w.word() && !w.capitalised() && w.lower().endsWith("ly") && w.lower().length() > 4 && !LY_NOUNS.contains(w.lower());
    }

    /** The phrase with edge adverbs removed; the phrase itself when nothing would be left. */
    public static TokenSpan trim(DocSentence s, TokenSpan p) {
        int from = p.from();
        int to = p.to();
        while (to - from > 1 && (TRAILING.contains(s.word(to - 1).lower()) || adverb(s.word(to - 1)) && s.word(to - 2).capitalised())) to--;
        if (to - from > 3 && s.word(to - 1).is("time") && s.word(to - 2).is("the") && s.word(to - 3).is("at")) to -= 3;    // "Reed at the time"
        if (to - from > 2 && TIME.contains(s.word(to - 1).lower()) && TIME_OPENERS.contains(s.word(to - 2).lower())) to -= 2;   // "Reed on Thursday"
        while (to - from > 1 && LEADING.contains(s.word(from).lower())) from++;
        for (int k = from + 1; k + 1 < to; k++) {
            if (CIRCUMSTANCE.contains(s.word(k).lower()) && s.word(k - 1).capitalised() && Phrases.POSSESSIVES.containsKey(s.word(k + 1).lower())) {
                to = k;
                break;
            }
        }
        return from == p.from() && to == p.to() ? p : new TokenSpan(from, to);
    }
}
