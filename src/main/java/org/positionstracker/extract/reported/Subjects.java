package org.positionstracker.extract.reported;

import java.util.Optional;
import java.util.Set;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.attribution.Pronouns;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.content.ContentBounds;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.doc.Word;
import org.positionstracker.extract.lexicon.Lexicons;
import org.positionstracker.extract.speaker.SpeakerPhrases;

/** Finding the words that name a cue's speaker, and resolving them. */
final class Subjects {
    private static final String DIR = "/org/positionstracker/extract/lexicon/";
    private static final Set<String> BESIDE_VERB = Lexicons.words(DIR + "beside-verb.txt");
    private static final Set<String> TIME = Lexicons.words(DIR + "time-words.txt");
    private static final Set<String> PASSIVE = Lexicons.words(DIR + "passive-auxiliaries.txt");
    private static final Set<String> STOPS = Lexicons.words(DIR + "subject-stop-words.txt");
    /** Words before which a subject phrase starts ("and", "but", "because" open a new clause). */
    private static final Set<String> CLAUSE_WORDS = Lexicons.words(DIR + "clause-words.txt");
    private static final Set<String> SUBORDINATORS = Lexicons.words(DIR + "subordinators.txt");
    private static final Set<String> RELATIVES = Lexicons.words(DIR + "relative-pronouns.txt");
    private static final Set<String> INTRODUCTORY = Lexicons.words(DIR + "introductory-words.txt");
    static final int LONGEST_SUBJECT = 8;
    /** Words of a long subject opening its sentence. */
    private static final int LONGEST_CLAUSE_SUBJECT = 20;
    /** Words of an interrupter between commas ("Reed, before the talks began, said"). */
    static final int LONGEST_INTERRUPTER = 12;

    private Subjects() {
    }

    static boolean relative(Word w) {
        return RELATIVES.contains(w.lower());
    }

    /** The index left of the verb after auxiliaries and adverbs beside it ("has repeatedly said"). */
    static int beforeVerb(DocSentence s, int verb) {
        int to = verb;
        boolean progressive = s.word(verb).lower().endsWith("ing");     // "is calling for": the auxiliary is beside the verb
        while (to > 0 && (BESIDE_VERB.contains(s.word(to - 1).lower()) || progressive && PASSIVE.contains(s.word(to - 1).lower())
                || s.word(to - 1).word() && s.word(to - 1).lower().endsWith("ly")
                && s.word(to - 1).lower().length() > 4)) to--;
        return to;
    }

    /**
     * The phrase right before {@code to}, back to the sentence start, a punctuation mark or a word
     * opening a clause; null when there is none or it is longer than a subject.
     */
    static TokenSpan phraseBefore(DocSentence s, int to, boolean[] quoted) {
        int from = to;
        while (from > 0 && to - from <= LONGEST_SUBJECT) {
            Word w = s.word(from - 1);
            if (quoted[from - 1] || !w.word() && !w.is("'s") && !w.isPunct('.') || CLAUSE_WORDS.contains(w.lower())) break;
            if (w.isPunct('.') && !(from > 1 && s.word(from - 2).capitalised() && s.word(from - 2).text().length() <= 4)) break;   // "Gov." "Sen."
            from--;
        }
        if (from == to || to - from > LONGEST_SUBJECT) return null;
        for (int k = from + 1; k < to; k++) {     // "Russia on Tuesday reiterated": the time is not part of the subject
            if (TIME.contains(s.word(k).lower()) || k + 1 < to && ContentBounds.circumstance(s.word(k)) && TIME.contains(s.word(k + 1).lower())) {
                to = k;
                break;
            }
        }
        if (STOPS.contains(s.word(from).lower()) && !s.word(from).capitalised() || STOPS.contains(s.word(to - 1).lower())) return null;
        if (!s.word(from).word()) return null;
        if (from > 0 && RELATIVES.contains(s.word(from - 1).lower())) return null;     // "whose campaign said": a relative clause
        return new TokenSpan(from, to);
    }

    /**
     * The subject of a finite cue right after an appositive ("while Mike Reed, the former mayor,
     * proposed ..."): the short phrase before the appositive's first comma, opening the sentence or
     * a clause; null for a participle ("..., the mayor, saying") or any other shape.
     */
    static TokenSpan beforeAppositive(DocSentence s, int cue, boolean[] quoted) {
        if (s.word(cue).lower().endsWith("ing")) return null;
        int b = beforeVerb(s, cue);
        if (b < 3 || !s.word(b - 1).isPunct(',')) return null;
        for (int k = b - 2; k >= Math.max(1, b - 2 - LONGEST_INTERRUPTER); k--) {
            if (quoted[k]) return null;
            if (!s.word(k).isPunct(',')) continue;
            TokenSpan subject = phraseBefore(s, beforeVerb(s, k), quoted);     // "Officials have, in fact, praised"
            if (subject == null || subject.from() > 0 && s.word(subject.from() - 1).word() && !CLAUSE_WORDS.contains(s.word(subject.from() - 1).lower()))
                return null;
            return subject;
        }
        return null;
    }

    /** True when the subject opens a subordinate clause ("Although Reed said ..., the talks went on"): its content ends at the next comma. */
    static boolean subordinate(DocSentence s, TokenSpan subject) {
        return subject.from() > 0 && SUBORDINATORS.contains(s.word(subject.from() - 1).lower());
    }

    /**
     * A subject longer than a phrase that opens the sentence with no punctuation before the verb
     * ("Large majorities of voters in six states going to the polls said"), or null.
     */
    static TokenSpan longSubjectFromStart(DocSentence s, int to, boolean[] quoted) {
        if (to == 0 || to > LONGEST_CLAUSE_SUBJECT) return null;
        for (int k = 0; k < to; k++) {     // a relative clause may describe the speakers: "Even Republicans who praised him warned"
            String w = s.word(k).lower();
            if (quoted[k] || !s.word(k).word() || CLAUSE_WORDS.contains(w) && !RELATIVES.contains(w)) return null;
        }
        return new TokenSpan(0, to);
    }

    /** The subject phrase opening the sentence (after an introductory phrase ending in a comma). */
    static TokenSpan sentenceSubject(DocSentence s, int before, boolean[] quoted) {
        int from = 0;
        for (int k = 0; k < Math.min(before, LONGEST_INTERRUPTER); k++) {
            if (s.word(k).isPunct(',')) {
                if (Character.isUpperCase(s.word(0).text().charAt(0)) && (s.word(0).lower().endsWith("ing") || INTRODUCTORY.contains(s.word(0).lower()))) from = k + 1;
                break;
            }
        }
        int verb = Clauses.firstVerb(s, from + 1, Math.min(before, from + LONGEST_SUBJECT + 6));   // a subject has a word; the tagger reads a sentence-initial name as an imperative
        // no verb before the cue: a finite cue is the clause's own verb ("Reed, the port director, criticized the plan as ...")
        if (verb <= from && before < s.size() && before > from && !s.word(before).lower().endsWith("ing")) verb = before;
        if (verb <= from) return null;
        for (int k = from; k < verb; k++) {
            // "Sanders, who endorsed ...", "Reed, the port director under Mayor Lind, criticized", "Reed -- whose ...": the name before the mark
            if ((s.word(k).isPunct(',') || dash(s.word(k))) && k > from) {
                TokenSpan named = nameAfterDescription(s, k, verb);
                if (named != null) return named;
                return k - from <= LONGEST_SUBJECT && !TIME.contains(s.word(k - 1).lower()) ? new TokenSpan(from, k) : null;
            }
            if (quoted[k] || !s.word(k).word() && !s.word(k).isPunct('.')) return null;
        }
        if (verb > from + LONGEST_SUBJECT) return null;
        return new TokenSpan(from, verb);
    }

    /** Resolves a phrase through {@link SpeakerPhrases}, a pronoun's antecedent before the pronoun; null when nobody. */
    static ResolvedSpeaker resolve(ReportedInput in, TokenSpan phrase) {
        DocSentence s = in.sentence();
        return SpeakerPhrases.resolve(in.document(), in.speakers(), in.found(), s, phrase, s.word(phrase.from()).span().start()).orElse(null);
    }

    /**
     * "Ukraine's defence minister, Denys Shmyhal, thanked ...": after a description ending in a
     * lower-case noun and its comma, a name of two to four capitalised words between commas is the
     * subject; null otherwise.
     */
    private static TokenSpan nameAfterDescription(DocSentence s, int comma, int verb) {
        Word head = s.word(comma - 1);
        if (!s.word(comma).isPunct(',') || !head.word() || head.capitalised()) return null;
        int j = comma + 1;
        while (j < verb && j - comma <= 4 && s.word(j).word() && s.word(j).capitalised()) j++;
        if (j - comma - 1 < 2 || j >= s.size() || !s.word(j).isPunct(',')) return null;
        return new TokenSpan(comma + 1, j);
    }

    /** A dash opening an interrupter ("Clinton -- whose husband signed it -- has said"). */
    private static boolean dash(Word w) {
        return !w.word() && (w.text().equals("--") || w.isPunct('-') || w.isPunct('\u2014') || w.isPunct('\u2013'));
    }

    /** The statement with a speaker found earlier in this sentence, before word {@code before}, or null. */
    static ExtractedStatement earlierInSentence(ReportedInput in, int before) {
        DocSentence s = in.sentence();
        int end = s.word(before).span().start();
        int start = s.span().start();
        for (int i = in.foundBefore(end) - 1; i >= 0; i--) {
            ExtractedStatement st = in.found().get(i);
            if (st.content().start() < start) break;
            if (st.speaker() != null) return st;
        }
        return null;
    }

    static TextSpan span(DocSentence s, int from, int to) {
        return new TextSpan(s.word(from).span().start(), s.word(to - 1).span().end());
    }
}
