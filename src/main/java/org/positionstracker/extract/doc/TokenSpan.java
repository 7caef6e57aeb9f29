package org.positionstracker.extract.doc;

/**
 * A half-open range [from, to) of word indexes in one sentence, never empty and never negative:
 * the value type for "these words", so that no rule passes bare ints or -1 around.
 */
public record TokenSpan(int from, int to) {
    public TokenSpan {
        if (from < 0 || to <= from) throw new IllegalArgumentException("invalid token span [" + from + ", " + to + ")");
    }

    public int size() {
        return to - from;
    }

    public boolean contains(int index) {
        return from <= index && index < to;
    }
}
