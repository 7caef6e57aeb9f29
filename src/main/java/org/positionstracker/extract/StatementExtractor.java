package org.positionstracker.extract;

/**
 * Turns an article's text into statements. Pure: no database, no files, no network; the same
 * text always gives the same result. Implementations are safe to share between threads.
 *
 * <p>Contract: never throws on any text (empty, binary-looking, unbalanced quotes); every span it
 * returns lies inside the text and {@code span.coveredText(text)} is exactly the stored text;
 * page furniture ("Quick Reads", "View All", stray ")" lines) never becomes a speaker or part of
 * a statement.
 */
public interface StatementExtractor {
    Extraction extract(String text);

    /**
     * Identifies the extraction rules; stored with each article so a changed extractor can be
     * told apart from an unchanged one. Change it whenever the rules change what is found.
     */
    default String version() {
        return getClass().getSimpleName() + "-1";
    }
}
