package org.positionstracker.review;

/** A statement as a correction names it: by its article's content hash (or file name, when edited) and its span. */
public record StatementKey(String articleHash, String fileName, int start, int end, String text) {
}
