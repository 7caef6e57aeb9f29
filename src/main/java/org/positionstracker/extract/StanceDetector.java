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
 */
final class StanceDetector {

    /** A stance cue at tokens [from, to). */
    record Cue(int from, int to, Stance stance) {
    }

    /** A decision; {@code cue} is null for NEUTRAL. */
    record Decision(Stance stance, Cue cue) {
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

    /** The stance cues of tokens [from, to), after negation and conditional merging. */
    static List<Cue> cues(List<Token> t, int from, int to) {
        List<Cue> raw = new ArrayList<>();
        for (PhraseLexicon.Match<Stance> m : LEXICON.findAll(t, from, to)) raw.add(new Cue(m.from(), m.to(), m.payload()));
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
        return best == null ? new Decision(Stance.NEUTRAL, null) : new Decision(best.stance(), best);
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
