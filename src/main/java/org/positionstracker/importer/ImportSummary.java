package org.positionstracker.importer;

import java.util.List;

/** The outcome of an import run, file by file, with the totals a user wants to see. */
public record ImportSummary(List<ImportOutcome> outcomes, String codebookSource) {
    public ImportSummary {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ImportOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    public int statements() {
        return outcomes.stream().mapToInt(ImportOutcome::statements).sum();
    }

    public int actorsDiscovered() {
        return outcomes.stream().mapToInt(ImportOutcome::actorsDiscovered).sum();
    }

    public boolean anyRejected() {
        return count(ImportOutcome.Kind.REJECTED) > 0;
    }

    public String describe() {
        return String.format("%d imported, %d replaced, %d unchanged, %d rejected; %d statements, %d new actors (codebook: %s)",
                count(ImportOutcome.Kind.IMPORTED), count(ImportOutcome.Kind.REPLACED), count(ImportOutcome.Kind.UNCHANGED),
                count(ImportOutcome.Kind.REJECTED), statements(), actorsDiscovered(), codebookSource);
    }
}
