package org.positionstracker.importer;

/** Hears about an import as it goes: how many files there are, then each file's outcome in order. */
public interface ImportListener {
    default void started(int files) {
    }

    void finished(ImportOutcome outcome);
}
