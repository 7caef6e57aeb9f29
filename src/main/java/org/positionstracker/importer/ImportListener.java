package org.positionstracker.importer;

/** Hears about an import as it goes: how many files there are, then each file's outcome in order. */
public interface ImportListener {
    default void started(int files) {
    }

    /** An export file turned out to hold this many more articles than the one counted for it. */
    default void expanded(int moreArticles) {
    }

    void finished(ImportOutcome outcome);
}
