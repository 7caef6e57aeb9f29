package org.positionstracker.extract.label;

import java.util.List;
import java.util.Set;
import org.positionstracker.extract.lexicon.Lexicons;

/** Where clauses and sentences start and end among a statement's words: the scopes the labeler's rules look in. */
final class Clauses {
    private static final Set<String> EQUATING = Lexicons.words(Lexicons.DIR + "label-clauses-equating.txt");
    static final Set<String> CONTRASTS = Lexicons.words(Lexicons.DIR + "label-clauses-contrasts.txt");
    /** How far back a clause reaches at most, and how far a generic cue may stand from its keyword. */
    static final int SCOPE = 12;

    private Clauses() {
    }

    /** Where the clause holding word {@code at} starts: after the last comma, clause mark or contrast before it. */
    static int clauseStart(List<Word> w, int from, int at) {
        for (int k = at - 1; k >= from && k >= at - SCOPE; k--) {
            Word x = w.get(k);
            if (x.clauseBreak() || x.is(",") || x.isAny(CONTRASTS)) return k + 1;
        }
        return Math.max(from, at - SCOPE);
    }

    static int clauseEnd(List<Word> w, int at, int to) {
        for (int k = at; k < to; k++) {
            Word x = w.get(k);
            if (x.clauseBreak() || x.is(",") || x.isAny(CONTRASTS)) return k;
        }
        return to;
    }

    static int sentenceStart(List<Word> w, int from, int at) {
        for (int k = at - 1; k >= from; k--) if (w.get(k).clauseBreak() && !w.get(k).is(":")) return k + 1;
        return from;
    }

    static int sentenceEnd(List<Word> w, int at, int to) {
        for (int k = at; k < to; k++) if (w.get(k).clauseBreak() && !w.get(k).is(":")) return k;
        return to;
    }

    /** A demand word whose own clause ended before the frame ("we demand talks; they must ..."). */
    static boolean inOtherClause(List<Word> w, int k, int to) {
        for (int m = k; m < to; m++) if (w.get(m).clauseBreak()) return true;
        return false;
    }

    static boolean contrastBetween(List<Word> w, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) if (w.get(k).isAny(CONTRASTS)) return true;
        return false;
    }

    /** "any use of the assets would be theft": the predicate after the copula judges the subject. */
    static boolean copulaBetween(List<Word> w, int from, int to) {
        if (from < 0 || to - from > 6) return false;
        for (int k = from; k < to; k++) {
            if (w.get(k).clauseBreak() || w.get(k).is(",")) return false;
            if (w.get(k).isAny(EQUATING)) return true;
        }
        return false;
    }
}
