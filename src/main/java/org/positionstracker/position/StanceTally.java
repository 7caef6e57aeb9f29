package org.positionstracker.position;

import java.util.EnumMap;
import java.util.Map;
import org.positionstracker.topic.Stance;

/**
 * Counts the stances of the statements evidencing one position and decides the position's
 * stance: the most frequent non-neutral stance; neutral only when every statement is neutral;
 * mixed when the most frequent stances tie and lean in opposite directions.
 */
public final class StanceTally {
    private static final Stance[] COUNTED = {Stance.SUPPORTS, Stance.OPPOSES, Stance.CONDITIONAL, Stance.DEMANDS, Stance.NEUTRAL};

    private final Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
    private int total;
    private int own;

    public void add(Stance stance, boolean ownStatement) {
        add(stance, 1, ownStatement ? 1 : 0);
    }

    /** Adds {@code n} statements of one stance, {@code ownN} of them the actor's own. */
    public void add(Stance stance, int n, int ownN) {
        if (stance == Stance.MIXED) throw new IllegalArgumentException("a statement cannot have a mixed stance");
        counts.merge(stance, n, Integer::sum);
        total += n;
        own += ownN;
    }

    public void addAll(StanceTally other) {
        for (Stance s : COUNTED) add(s, other.count(s), 0);
        own += other.own;
    }

    public int total() {
        return total;
    }

    public int own() {
        return own;
    }

    public int count(Stance stance) {
        return counts.getOrDefault(stance, 0);
    }

    public Stance dominant() {
        if (total == 0) throw new IllegalStateException("no evidence");
        Stance best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Stance s : new Stance[] {Stance.DEMANDS, Stance.OPPOSES, Stance.CONDITIONAL, Stance.SUPPORTS}) {
            int c = count(s);
            if (c > bestCount) {
                best = s;
                bestCount = c;
                tie = false;
            } else if (c == bestCount && c > 0 && best != null && best.opposes(s)) {
                tie = true;
            }
        }
        if (best == null) return Stance.NEUTRAL;
        return tie ? Stance.MIXED : best;
    }
}
