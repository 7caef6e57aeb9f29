package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.List;
import org.positionstracker.topic.Stance;

/**
 * Decides a statement's stance on one topic from the cue words of {@code stance-cues.txt}.
 *
 * <p>Cues are found in the statement's scope (its content, plus the reporting verb when that
 * verb itself takes a position, e.g. "rejected"). Then:
 * <ol>
 * <li>a cue that belongs to another party is dropped: one owned by a possessive ("Russia's
 *     territorial demands", "the unions' refusal") or by an agent after "from"/"by" ("demands
 *     from Beijing", "rejected by the council"), unless that party is the speaker's own side
 *     (see {@link Side}); and a noun cue governed by a cue verb right before it ("rejected
 *     demands for ...") gives way to that verb. Possessive pronouns ("their priorities") are
 *     ambiguous and keep their cue;</li>
 * <li>cues inside a conditional clause ("if Kyiv refused to pull back", up to the next
 *     punctuation mark) are part of the condition and give way to its CONDITIONAL cue;</li>
 * <li>a SUPPORTS cue with a negator (not, never, no, n't) up to three words before it becomes
 *     OPPOSES ("will never agree to");</li>
 * <li>a CONDITIONAL word right before a SUPPORTS cue makes the pair CONDITIONAL
 *     ("conditional interest in");</li>
 * <li>for each topic keyword, the cue closest to it wins. Distance is the number of tokens between
 *     them; a cue after the keyword counts three more (cues usually precede what they govern);
 *     a sentence end or semicolon in between adds ten, "but"/"however" four; cues overlapping
 *     the keyword or further than twelve are ignored;</li>
 * <li>equal distances are broken by precedence CONDITIONAL &gt; DEMANDS &gt; OPPOSES &gt; SUPPORTS;</li>
 * <li>no cue: NEUTRAL with no cue span.</li>
 * </ol>
 * When a topic has several keywords in a statement, {@link #choose} picks the one occurrence
 * whose decision counts.
 */
final class StanceDetector {

    /** A stance cue at tokens [from, to). */
    record Cue(int from, int to, Stance stance) {
    }

    /** A decision; {@code cue} is null for NEUTRAL; {@code score} is the cue's distance (larger is weaker). */
    record Decision(Stance stance, Cue cue, int score) {
    }

    /** A keyword occurrence at tokens [from, to) with its decision. */
    record Choice(int from, int to, Decision decision) {
    }

    /** Tells whether the party named by tokens [from, to) is the speaker's own side. */
    interface Side {
        boolean own(List<Token> t, int from, int to);

        Side NONE = (t, from, to) -> false;
    }

    private static final int MAX_DISTANCE = 12;
    private static final PhraseLexicon<Stance> LEXICON = new PhraseLexicon<>();

    static {
        for (String line : Lexicon.lines("stance-cues.txt")) {
            String[] p = line.split("\t");
            if (p.length < 2) continue;
            LEXICON.add(p[1].strip(), Stance.valueOf(p[0].strip()));
        }
    }

    private StanceDetector() {
    }

    /** The stance cues of tokens [from, to), after negation and conditional merging, with no speaker side. */
    static List<Cue> cues(List<Token> t, int from, int to) {
        return cues(t, from, to, Side.NONE);
    }

    /** The stance cues of tokens [from, to) that belong to the speaker, after negation and conditional merging. */
    static List<Cue> cues(List<Token> t, int from, int to, Side side) {
        List<Cue> raw = new ArrayList<>();
        Cue previous = null;
        int conditionEnd = -1;
        for (PhraseLexicon.Match<Stance> m : LEXICON.findAll(t, from, to)) {
            Cue c = new Cue(m.from(), m.to(), m.payload());
            if (c.from() < conditionEnd) continue;        // inside "if Kyiv refused to pull back": part of the condition
            boolean governed = previous != null && governedNoun(t, previous, c);
            previous = c;
            if (governed || othersCue(t, from, to, c, side)) continue;
            raw.add(c);
            if (c.stance() == Stance.CONDITIONAL && CLAUSE_CONDITIONS.contains(t.get(c.from()).lower())) conditionEnd = clauseEnd(t, c.to(), to);
        }
        List<Cue> out = new ArrayList<>();
        for (Cue c : raw) {
            Cue last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (c.stance() == Stance.SUPPORTS) {
                int neg = negatorBefore(t, Math.max(from, c.from() - 3), c.from());
                if (neg >= 0) {
                    if (last != null && last.to() > neg) out.remove(out.size() - 1);
                    out.add(new Cue(Math.min(neg, last != null && last.to() > neg ? last.from() : neg), c.to(), Stance.OPPOSES));
                    continue;
                }
                if (last != null && last.stance() == Stance.CONDITIONAL && c.from() - last.to() <= 1) {
                    out.set(out.size() - 1, new Cue(last.from(), c.to(), Stance.CONDITIONAL));
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    /** Noun cues that name a position someone holds ("demands", "refusal"). */
    private static final java.util.Set<String> NOUN_CUES = java.util.Set.of("demand", "demands", "refusal", "opposition",
            "priority", "priorities", "ultimatum", "calls", "call", "insistence", "rejection", "condemnation", "support",
            "backing", "criticism", "conditions", "condition");

    /**
     * True when cue {@code c} is owned by another party: a possessive before it (over up to two
     * modifiers: "Russia's territorial demands", "the farmers' refusal") or a party after
     * "from"/"by" ("demands from Beijing", "rejected by the council"), and that party is not the
     * speaker's side.
     */
    private static boolean othersCue(List<Token> t, int from, int to, Cue c, Side side) {
        int k = c.from() - 1;
        for (int skipped = 0; k >= from && skipped < 2 && modifier(t.get(k)); skipped++) k--;
        if (k >= from && nounCue(t.get(c.from()))) {
            Token x = t.get(k);
            if (x.word() && x.possessive() && !CONTRACTIONS.contains(x.lower())) {
                int st = k;
                while (st - 1 >= from && t.get(st - 1).word() && t.get(st - 1).capitalised() && x.capitalised()) st--;
                return !side.own(t, st, k + 1);
            }
            if (!x.word() && (x.isPunct('\'') || x.isPunct('\u2019')) && k - 1 >= from && t.get(k - 1).word()
                    && t.get(k - 1).end() == x.start() && t.get(k - 1).lower().endsWith("s")
                    && (k + 1 >= t.size() || t.get(k + 1).start() > x.end())) {
                return !side.own(t, k - 1, k);                    // "the unions' demands"
            }
        }
        int p = c.to();
        if (p + 1 < to && (t.get(p).is("from") || t.get(p).is("by"))) {
            int e = partyEnd(t, p + 1, to);
            if (e > p + 1) return !side.own(t, p + 1, e);
        }
        return false;
    }

    /** First words of conditional cues that open a clause ("if Kyiv refused ...", "unless", "as long as"). */
    private static final java.util.Set<String> CLAUSE_CONDITIONS = java.util.Set.of("if", "unless", "provided", "providing",
            "as", "so", "on", "only", "before", "until", "once");

    private static int clauseEnd(List<Token> t, int k, int to) {
        while (k < to && t.get(k).word()) k++;
        return k;
    }

    private static final java.util.Set<String> CONTRACTIONS = java.util.Set.of("let's", "it's", "that's", "what's",
            "there's", "here's", "who's", "he's", "she's", "where's", "how's", "one's");

    private static final java.util.Set<String> NOT_NOUNS = java.util.Set.of("not", "never", "no", "nor", "must", "should",
            "has", "have", "had", "need", "needs", "ought", "ready", "willing", "prepared", "open", "is", "are", "was", "were",
            "could", "can", "would", "cannot", "unacceptable", "illegitimate", "illegal", "non-negotiable", "hopeful",
            "conditional", "conditionally", "committed", "dependent", "interested", "against", "if", "unless", "only",
            "provided", "providing", "as", "so", "on", "in", "before", "until", "without", "subject", "depend", "depends",
            "depending", "out", "nobody", "rule", "rules", "ruled");

    /** True when a cue starting with {@code x} can be a noun owned by a possessive ("Russia's demands", not "Russia's ready"). */
    private static boolean nounCue(Token x) {
        String w = x.lower();
        return !NOT_NOUNS.contains(w) && !w.endsWith("n't") && !w.endsWith("ly");
    }

    /** A word that can stand between a possessive and its noun ("territorial", "fresh"). */
    private static boolean modifier(Token x) {
        if (!x.word() || x.capitalised() || x.possessive()) return false;
        String w = x.lower();
        if (SpeakerWords.FUNCTION.contains(w)) return false;
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (!Character.isLetter(ch) && ch != '-') return false;
        }
        return true;
    }

    /** The end of a party phrase starting at {@code k} ("Beijing", "the union", "farmers", "Russian leader Vladimir Putin"), or k. */
    private static int partyEnd(List<Token> t, int k, int to) {
        int e = k;
        if (e < to && SpeakerWords.DETERMINERS.contains(t.get(e).lower())) e++;
        int head = e;
        while (e < to && t.get(e).word() && (t.get(e).capitalised() || SpeakerWords.MODIFIERS.contains(t.get(e).lower())
                || SpeakerWords.roleOrGroup(t.get(e)) || ActorIndex.countryDemonym(t.get(e).text()))) e++;
        if (e == head) return k;
        boolean party = false;
        for (int m = head; m < e; m++) party |= t.get(m).capitalised() || SpeakerWords.roleOrGroup(t.get(m));
        return party ? e : k;
    }

    /** A noun cue right after another cue, over a determiner or modifier ("rejected (the) demands for"). */
    private static boolean governedNoun(List<Token> t, Cue outer, Cue c) {
        if (!NOUN_CUES.contains(t.get(c.from()).lower()) || outer.stance() == Stance.CONDITIONAL) return false;
        if (outer.stance() != Stance.SUPPORTS && outer.stance() != Stance.OPPOSES) return false;
        if (NOUN_CUES.contains(t.get(outer.from()).lower()) && outer.to() - outer.from() == 1) return false;
        int gap = 0;
        for (int k = outer.to(); k < c.from(); k++) {
            Token x = t.get(k);
            if (!x.word()) return false;
            if (!SpeakerWords.DETERMINERS.contains(x.lower()) && !x.is("any") && !x.is("all") && !modifier(x)) return false;
            gap++;
        }
        return gap <= 2;
    }

    private static int negatorBefore(List<Token> t, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            String w = t.get(k).lower();
            if (w.equals("not") || w.equals("never") || w.equals("no") || w.equals("nor") || w.equals("cannot") || w.endsWith("n't")) return k;
            if (!t.get(k).word()) return -1;
        }
        return -1;
    }

    /** The stance towards the keyword at tokens [kwFrom, kwTo). */
    static Decision decide(List<Cue> cues, List<Token> t, int kwFrom, int kwTo) {
        Cue best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Cue c : cues) {
            int score;
            if (c.to() <= kwFrom) score = kwFrom - c.to() + penalty(t, c.to(), kwFrom);
            else if (c.from() >= kwTo) score = c.from() - kwTo + 3 + penalty(t, kwTo, c.from());
            else continue;
            if (score > MAX_DISTANCE) continue;
            if (score < bestScore || (score == bestScore && rank(c.stance()) < rank(best.stance()))) {
                best = c;
                bestScore = score;
            }
        }
        return best == null ? new Decision(Stance.NEUTRAL, null, Integer.MAX_VALUE) : new Decision(best.stance(), best, bestScore);
    }

    /**
     * The occurrence of a topic whose decision counts, among its keyword occurrences in text
     * order: one with a cue beats one without (all without: the first, NEUTRAL). Among those with
     * a cue, a later occurrence whose cue follows a contrast ("We welcome the plan, but the plan
     * must not reward aggression") wins, because news writing puts the qualifying position after
     * "but"/"however"/"yet"; otherwise the nearest cue (lowest distance) wins, the earlier one on
     * a tie.
     */
    static Choice choose(List<Choice> occurrences, List<Token> t) {
        Choice best = null;
        for (Choice o : occurrences) {
            if (o.decision().cue() == null) continue;
            if (best == null) {
                best = o;
                continue;
            }
            int contrast = contrastBetween(t, best.to(), o.from());
            boolean afterContrast = contrast >= 0 && o.decision().cue().from() > contrast
                    && best.decision().cue().from() < contrast && best.decision().stance() != o.decision().stance();
            if (afterContrast || o.decision().score() < best.decision().score()) best = o;
        }
        return best != null ? best : occurrences.get(0);
    }

    private static int contrastBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (w.equals("but") || w.equals("however") || w.equals("yet") || w.equals("although") || w.equals("though")) return k;
        }
        return -1;
    }

    private static int penalty(List<Token> t, int from, int to) {
        int p = 0;
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (w.equals(".") || w.equals(";") || w.equals("?") || w.equals("!")) p += 10;
            else if (w.equals("but") || w.equals("however")) p += 4;
        }
        return p;
    }

    private static int rank(Stance s) {
        return switch (s) {
            case CONDITIONAL -> 0;
            case DEMANDS -> 1;
            case OPPOSES -> 2;
            case SUPPORTS -> 3;
            default -> 4;
        };
    }
}
