package org.positionstracker.extract.content;

import java.util.Set;
import org.positionstracker.extract.cue.CueWords;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Word;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * Where a reported clause starts and ends. It starts after the cue, a listener ("told reporters")
 * and "that", a colon or a dash; a circumstance after the verb ("said during a visit to Lyon",
 * "said following the adoption of the budget", "said Monday") is skipped when "that" follows it and
 * otherwise means there is no content. It ends where the clause ends: a semicolon, the sentence's
 * end, or a comma before the writer's words (", according to", ", saying", ", which", ", she said").
 * Every scan is bounded by a fixed number of words.
 */
public final class ContentBounds {
    private static final String DIR = "/org/positionstracker/extract/lexicon/";
    private static final Set<String> CIRCUMSTANCES = Lexicons.words(DIR + "circumstances.txt");
    private static final Set<String> LISTENERS = Lexicons.words(DIR + "listeners.txt");
    private static final Set<String> CLAUSE_OPENERS = Lexicons.words(DIR + "clause-openers.txt");
    private static final Set<String> PRONOUN_SUBJECTS = Lexicons.words(DIR + "subject-pronouns.txt");
    /** Words a circumstance or a listener may have before "that". */
    private static final int THAT_REACH = 12;
    /** Words a trailing attribution (", the official said") may have before its verb. */
    private static final int TRAILING_SUBJECT = 6;

    private ContentBounds() {
    }

    /** True for a word that opens a circumstance ("during", "following", "Monday"), never content. */
    public static boolean circumstance(Word w) {
        return CIRCUMSTANCES.contains(w.lower());
    }

    /**
     * First word of the content after a cue ending before word {@code after}, or -1 when nothing
     * reported follows (only a circumstance, or the sentence ends).
     */
    public static int start(DocSentence s, int after, String cueWord) {
        int n = s.size();
        if (after >= n) return -1;
        Word x = s.word(after);
        if (x.is("that") || x.isPunct(':') || x.isPunct('\u2014') || x.isPunct('\u2013')) return after + 1 < n ? after + 1 : -1;
        if (x.isPunct(',') && after + 1 < n && s.word(after + 1).is("that")) return after + 2 < n ? after + 2 : -1;
        boolean listener = LISTENERS.contains(cueWord);
        if (circumstance(x) || listener || x.isPunct(',')) {
            int that = thatAhead(s, after);
            if (that >= 0) return that + 1 < n ? that + 1 : -1;
            if (!listener) return -1;
            int k = after;                   // "told reporters the plan had failed": one listener word or a name
            if (k < n && (s.word(k).is("the") || s.word(k).is("a"))) k++;
            if (k < n && s.word(k).capitalised()) {
                while (k < n && s.word(k).capitalised()) k++;
            } else {
                k++;
            }
            return k < n && opensClause(s.word(k)) && !circumstance(s.word(k)) ? k : -1;   // "told the story of ...": no clause
        }
        if (!x.word() || CueWords.NOT_CLAUSE_STARTS.contains(x.lower())) return -1;
        return after;
    }

    /** Index of a "that" within reach before the clause breaks, or -1. */
    private static int thatAhead(DocSentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + THAT_REACH); k++) {
            Word w = s.word(k);
            if (w.is("that")) return k;
            if (!w.word() && !w.isPunct(',') && !w.isPunct('.') || w.quoteMark()) return -1;
            if (w.isPunct('.') && !abbreviation(s, k)) return -1;
        }
        return -1;
    }

    private static boolean abbreviation(DocSentence s, int dot) {
        return dot > 0 && s.word(dot - 1).word() && s.word(dot - 1).text().length() <= 2 && dot + 1 < s.size();
    }

    /** A word that can open a reported clause or object (not "to", "of", "was", "and"...). */
    public static boolean opensClause(Word w) {
        return w.word() && !CueWords.NOT_CLAUSE_STARTS.contains(w.lower());
    }

    /** End (exclusive) of a subordinate clause's content: the first comma outside quotation marks, else {@link #end}. */
    public static int endAtComma(DocSentence s, int from, boolean[] quoted) {
        int end = end(s, from, quoted);
        for (int k = from; k < end; k++) {
            if (!quoted[k] && s.word(k).isPunct(',')) return trim(s, from, k);
        }
        return end;
    }

    /**
     * End (exclusive) of the clause starting at {@code from}: trailing punctuation is not part of it.
     * Words flagged in {@code quoted} never end it.
     */
    public static int end(DocSentence s, int from, boolean[] quoted) {
        int n = s.size();
        int k = from;
        while (k < n) {
            Word w = s.word(k);
            if (!quoted[k] && k > from && (w.is("and") || w.is("but")) && k + 1 < n && secondPredicate(s, k + 1)) break;
            if (quoted[k] || w.word()) {
                k++;
                continue;
            }
            if (w.isPunct(';')) break;
            if ((w.isPunct('.') || w.isPunct('!') || w.isPunct('?')) && !abbreviation(s, k)) break;
            if ((w.isPunct(',') || w.isPunct('\u2014') || w.isPunct('\u2013') || w.isPunct('(')) && k + 1 < n && writersWords(s, k + 1, quoted)) break;
            k++;
        }
        return trim(s, from, k);
    }

    /** The clause ending before word {@code to}, back to the sentence start or the last clause break before it. */
    public static int clauseStartBefore(DocSentence s, int to, int floor, boolean[] quoted) {
        int k = to;
        while (k > floor) {
            Word w = s.word(k - 1);
            if (!quoted[k - 1] && (w.isPunct(';') || w.isPunct(':'))) break;
            k--;
        }
        while (k < to && !s.word(k).word() && !s.word(k).quoteMark()) k++;
        return k;
    }

    /** Words after a comma that are the writer's: ", according to", ", saying", ", which", ", the official said". */
    private static boolean writersWords(DocSentence s, int k, boolean[] quoted) {
        Word w = s.word(k);
        if (CLAUSE_OPENERS.contains(w.lower()) || CueWords.PARTICIPLES.contains(w.lower())) return true;
        if (CueWords.VERBS.contains(w.lower())) return true;               // ", said Reed"
        for (int i = k; i < Math.min(s.size(), k + TRAILING_SUBJECT + 1); i++) {
            Word v = s.word(i);
            if (quoted[i] || !v.word()) return false;
            if (i > k && CueWords.VERBS.contains(v.lower())) return i + 1 >= s.size() || !s.word(i + 1).word();   // ", the official said."
        }
        return false;
    }

    /**
     * "and said", "and accused", ", and he accused": a second report of the speaker, not part of
     * what the first one reported.
     */
    private static boolean secondPredicate(DocSentence s, int k) {
        if (isReport(s.word(k))) return true;
        return k + 1 < s.size() && PRONOUN_SUBJECTS.contains(s.word(k).lower()) && isReport(s.word(k + 1));
    }

    private static boolean isReport(Word w) {
        if (CueWords.VERBS.contains(w.lower()) && !CueWords.NEEDING_THAT.contains(w.lower())) return true;
        return CueWords.SPEECH_ACTS_BY_FIRST_WORD.containsKey(w.lower());
    }

    /** Drops trailing punctuation other than closing marks and brackets. */
    private static int trim(DocSentence s, int from, int to) {
        while (to > from) {
            Word w = s.word(to - 1);
            if (w.word() || w.quoteMark()) break;
            char c = w.text().charAt(0);
            if (c == ')' || c == ']' || c == '%') break;
            to--;
        }
        return to;
    }
}
