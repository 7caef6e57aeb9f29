package org.positionstracker.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The totals of an import run, counted as outcomes arrive (so a run over millions of files keeps
 * only counters), plus the rejected files with their reasons.
 */
public final class ImportSummary {
    private final Map<ImportOutcome.Kind, Long> counts = new EnumMap<>(ImportOutcome.Kind.class);
    private final List<ImportOutcome> rejected = new ArrayList<>();
    private final String codebookSource;
    private final Map<String, Long> skipped = new java.util.TreeMap<>();
    private long statements;
    private long actorsDiscovered;
    private String stoppedBecause;
    private long notAttempted;

    ImportSummary(String codebookSource) {
        this.codebookSource = codebookSource;
    }

    void add(ImportOutcome outcome) {
        counts.merge(outcome.kind(), 1L, Long::sum);
        statements += outcome.statements();
        actorsDiscovered += outcome.actorsDiscovered();
        if (outcome.kind() == ImportOutcome.Kind.REJECTED) rejected.add(outcome);
    }

    void skipped(Map<String, Long> byExtension) {
        byExtension.forEach((ext, n) -> skipped.merge(ext, n, Long::sum));
    }

    /** Files in the imported folders that are in no article format, counted by extension. */
    public Map<String, Long> skipped() {
        return Map.copyOf(skipped);
    }

    /** One line naming what a folder import left aside, or null when it left nothing. */
    public String describeSkipped() {
        if (skipped.isEmpty()) return null;
        long total = skipped.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder line = new StringBuilder("skipped " + total + " file" + (total == 1 ? "" : "s") + " in no article format:");
        String sep = " ";
        for (Map.Entry<String, Long> e : skipped.entrySet()) {
            line.append(sep).append(e.getValue()).append(' ').append(e.getKey());
            sep = ", ";
        }
        return line.toString();
    }

    public long count(ImportOutcome.Kind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    public long statements() {
        return statements;
    }

    public long actorsDiscovered() {
        return actorsDiscovered;
    }

    public List<ImportOutcome> rejected() {
        return List.copyOf(rejected);
    }

    void stop(String reason, long filesNotAttempted) {
        stoppedBecause = reason;
        notAttempted = filesNotAttempted;
    }

    /** How many outcomes were reported so far. */
    long reported() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether the import stopped before its last file (an interrupt, a database that failed). */
    public boolean stoppedEarly() {
        return stoppedBecause != null;
    }

    /** One line for a run that stopped early: why, and what is left to do. Empty for a complete run. */
    public java.util.Optional<String> describeStop() {
        if (stoppedBecause == null) return java.util.Optional.empty();
        return java.util.Optional.of("stopped: " + stoppedBecause + "; " + notAttempted + " file" + (notAttempted == 1 ? " was" : "s were")
                + " not imported. Everything reported above as imported is stored; run the same import again to complete it.");
    }

    public boolean anyRejected() {
        return !rejected.isEmpty();
    }

    public String describe() {
        return String.format("%d imported, %d replaced, %d unchanged, %d rejected; %d statements, %d new actors (codebook: %s)",
                count(ImportOutcome.Kind.IMPORTED), count(ImportOutcome.Kind.REPLACED), count(ImportOutcome.Kind.UNCHANGED),
                count(ImportOutcome.Kind.REJECTED), statements, actorsDiscovered, codebookSource);
    }
}
