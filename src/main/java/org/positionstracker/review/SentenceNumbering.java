package org.positionstracker.review;

/**
 * The sentence number the extractor would give the character at an offset of an article's text,
 * for statements an analyst adds. Supplied by the caller, so review does not depend on the extractor.
 */
@FunctionalInterface
public interface SentenceNumbering {
    int at(String text, int offset);
}
