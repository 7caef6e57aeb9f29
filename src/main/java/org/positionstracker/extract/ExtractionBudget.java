package org.positionstracker.extract;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A per-article time budget for extraction, enforced cooperatively: the extractor's stages call
 * {@link #checkpoint()} once per sentence or quotation, and a checkpoint past the deadline throws
 * {@link Exceeded}. Rules are linear in the text, so this is a backstop: an article that still takes
 * too long (a pathological file, a rule that regressed) is rejected by name and the import goes on,
 * instead of one file stalling every file after it.
 *
 * <p>The deadline is per thread, so extraction threads working on different articles do not share it;
 * outside {@link #within} a checkpoint costs one thread-local read and never throws.
 */
public final class ExtractionBudget {
    private static final ThreadLocal<Deadline> DEADLINE = new ThreadLocal<>();

    private record Deadline(long atNanos, Duration budget) {
    }

    private ExtractionBudget() {
    }

    /** Runs {@code work} on this thread; its checkpoints throw {@link Exceeded} once {@code budget} has passed. */
    public static <T> T within(Duration budget, Supplier<T> work) {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative()) throw new IllegalArgumentException("negative budget " + budget);
        Deadline outer = DEADLINE.get();
        DEADLINE.set(new Deadline(System.nanoTime() + saturatedNanos(budget), budget));
        try {
            return work.get();
        } finally {
            if (outer == null) DEADLINE.remove();
            else DEADLINE.set(outer);
        }
    }

    /** Throws {@link Exceeded} when this thread's budget has run out. */
    public static void checkpoint() {
        Deadline d = DEADLINE.get();
        if (d != null && System.nanoTime() - d.atNanos() >= 0) throw new Exceeded(d.budget());
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 2;
        }
    }

    /** Extraction of one article ran past its budget. */
    public static final class Exceeded extends RuntimeException {
        private final Duration budget;

        Exceeded(Duration budget) {
            super("extraction took longer than the per-article budget of " + describe(budget), null, false, false);
            this.budget = budget;
        }

        public Duration budget() {
            return budget;
        }
    }

    /** "60 s", "1.5 s", "250 ms". */
    public static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + " ms";
        if (ms % 1000 == 0) return (ms / 1000) + " s";
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
