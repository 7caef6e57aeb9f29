package org.positionstracker.extract.cue;

import java.util.ArrayList;
import java.util.List;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.doc.Word;

/**
 * Finds the words of a sentence that report speech, outside quotation marks, left to right. A verb
 * in the passive ("was claimed", "claimed by the rebels") is not a cue: its agent, if any, is not
 * a speaker. One pass over the sentence; every look-around is a fixed number of words.
 */
public final class CueFinder {

    /** Words from the sentence start within which the verb of "He listed several points:" stands. */
    private static final int LIST_VERB_REACH = 6;
    /** Words between "called" and the quotation naming its object ("called the 12-nation pact \"insanity\""). */
    private static final int NAMED_OBJECT_REACH = 8;

    private CueFinder() {
    }

    /** The cues of {@code s}; words flagged in {@code quoted} (inside quotation marks) are skipped. */
    public static List<Cue> find(DocSentence s, boolean[] quoted) {
        List<Cue> out = new ArrayList<>();
        int n = s.size();
        Cue next = nextSentence(s);
        if (next != null) out.add(next);
        for (int i = 0; i < n; i++) {
            if (quoted[i] || !s.word(i).word()) continue;
            if (next != null && next.words().contains(i)) continue;
            Word w = s.word(i);
            if (w.is("according") && i + 1 < n && s.word(i + 1).is("to")) {
                out.add(new Cue(CueKind.ACCORDING_TO, new TokenSpan(i, i + 2)));
                i++;
                continue;
            }
            if (CueWords.NAMING.contains(w.lower()) && quotationAhead(s, i + 1, quoted) && !nounUse(s, i) && active(s, i, i + 1)
                    && (!w.lower().endsWith("ing") || progressiveOrParticiple(s, i))) {
                out.add(new Cue(CueKind.SPEECH_ACT, new TokenSpan(i, i + 1)));
                continue;
            }
            int act = speechAct(s, i, quoted);
            if (act > i) {
                if (active(s, i, act) && (!w.lower().endsWith("ing") || progressiveOrParticiple(s, i))) out.add(new Cue(CueKind.SPEECH_ACT, new TokenSpan(i, act)));
                i = act - 1;
                continue;
            }
            if (CueWords.PARTICIPLES.contains(w.lower()) && i > 0 && (s.word(i - 1).isPunct(',') || s.word(i - 1).is("while")
                    || s.word(i - 1).is("and") && i > 1 && s.word(i - 2).isPunct(','))) {
                out.add(new Cue(CueKind.PARTICIPLE, new TokenSpan(i, i + 1)));
                continue;
            }
            if (CueWords.VERBS.contains(w.lower()) && !w.lower().endsWith("ing") && !nounUse(s, i) && active(s, i, i + 1)
                    && !(i > 0 && w.capitalised() && s.word(i - 1).word())
                    && (!CueWords.NEEDING_THAT.contains(w.lower()) || thatAfter(s, i + 1))) {
                boolean list = i + 1 < n && s.word(i + 1).isPunct(':') && i + 2 == n;
                out.add(new Cue(list ? CueKind.LIST : CueKind.VERB, new TokenSpan(i, i + 1)));
                continue;
            }
            if (CueWords.NOUNS.contains(w.lower()) && i + 1 < n && s.word(i + 1).is("that") && i > 0
                    && (CueWords.POSSESSIVES.containsKey(s.word(i - 1).lower()) || s.word(i - 1).is("'s") || s.word(i - 1).lower().endsWith("'s"))) {
                out.add(new Cue(CueKind.NOUN, new TokenSpan(i, i + 1)));
            }
        }
        if (out.isEmpty() && n > 2 && s.word(n - 1).isPunct(':')) {   // "He listed several points:"
            for (int k = 1; k < Math.min(n - 1, LIST_VERB_REACH); k++) {
                if (!quoted[k] && s.word(k).word() && s.word(k).lower().endsWith("ed") && active(s, k, k + 1)) {
                    out.add(new Cue(CueKind.LIST, new TokenSpan(k, k + 1)));
                    break;
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Cue::from));
        return out;
    }

    /** "that" or a colon after the verb; "states that have moved" is a relative clause, not a report. */
    private static boolean thatAfter(DocSentence s, int k) {
        if (k >= s.size()) return false;
        if (s.word(k).is("that") && k + 1 < s.size() && (!s.word(k + 1).word() || CueWords.NOT_CLAUSE_STARTS.contains(s.word(k + 1).lower()))) return false;
        return s.word(k).is("that") || s.word(k).isPunct(':') || s.word(k).isPunct(',') && k + 1 < s.size() && s.word(k + 1).is("that");
    }

    /** A quotation opens within a few words after {@code k}, before any clause break. */
    private static boolean quotationAhead(DocSentence s, int k, boolean[] quoted) {
        for (int i = k; i < Math.min(s.size(), k + NAMED_OBJECT_REACH); i++) {
            if (quoted[i]) return true;
            if (!s.word(i).word()) return false;
        }
        return false;
    }

    /** End of the speech act starting at {@code i}, or {@code i} when none does. */
    private static int speechAct(DocSentence s, int i, boolean[] quoted) {
        int best = i;
        for (List<String> act : CueWords.SPEECH_ACTS_BY_FIRST_WORD.getOrDefault(s.word(i).lower(), List.of())) {
            int len = act.size();
            if (i + len > s.size() || len <= best - i) continue;
            boolean match = true;
            for (int k = 0; k < len && match; k++) match = !quoted[i + k] && s.word(i + k).is(act.get(k));
            if (match) best = i + len;
        }
        if (best > i && nounUse(s, i)) return i;
        return best;
    }

    /**
     * Not passive ("was criticized", "claimed by the rebels"), not a noun ("the claim"), not negated
     * ("did not say"): the subject on the left is the one who speaks.
     */
    private static boolean active(DocSentence s, int from, int to) {
        if (to < s.size() && s.word(to).is("by") && s.word(from).lower().endsWith("ed")) return false;
        int k = from - 1;
        while (k >= 0 && s.word(k).word() && s.word(k).lower().endsWith("ly")) k--;
        if (k < 0) return true;
        String prev = s.word(k).lower();
        if (CueWords.PASSIVE.contains(prev) && !s.word(from).lower().endsWith("ing")) return false;
        if (CueWords.NEGATIONS.contains(prev) || prev.endsWith("n't")) return false;
        return !(prev.equals("to") && k > 0 && CueWords.NEGATIONS.contains(s.word(k - 1).lower()));
    }

    /** "..., urging", "and urging", "is urging": an -ing form that reports; "more welcoming of" does not. */
    private static boolean progressiveOrParticiple(DocSentence s, int i) {
        if (i == 0) return false;
        Word prev = s.word(i - 1);
        return prev.isPunct(',') || prev.is("and") || prev.is("while") || CueWords.PASSIVE.contains(prev.lower());
    }

    /** "a claim", "the report", "his note": a determiner or possessive right before makes it a noun. */
    private static boolean nounUse(DocSentence s, int i) {
        if (i == 0) return false;
        Word prev = s.word(i - 1);
        return CueWords.NOUN_MARKERS.contains(prev.lower()) || CueWords.POSSESSIVES.containsKey(prev.lower()) || prev.lower().endsWith("'s") || prev.is("'s");
    }

    /** "This was stated by X." opening its sentence. */
    private static Cue nextSentence(DocSentence s) {
        if (s.size() < 5 || !CueWords.NEXT_SUBJECTS.contains(s.word(0).lower())) return null;
        int k = 1;
        if (k < s.size() && (s.word(k).is("has") || s.word(k).is("had") || s.word(k).is("have"))) k++;
        if (k >= s.size() || !CueWords.PASSIVE.contains(s.word(k).lower())) return null;
        k++;
        while (k < s.size() && s.word(k).word() && s.word(k).lower().endsWith("ly")) k++;
        if (k + 1 >= s.size() || !CueWords.NEXT_SENTENCE.contains(s.word(k).lower()) || !s.word(k + 1).is("by")) return null;
        return new Cue(CueKind.NEXT_SENTENCE, new TokenSpan(0, k + 2));
    }
}
