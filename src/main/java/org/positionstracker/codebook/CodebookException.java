package org.positionstracker.codebook;

/** A codebook that cannot be used; the message names the file and the problem. */
public class CodebookException extends RuntimeException {
    public CodebookException(String message) {
        super(message);
    }
}
