package org.positionstracker.query;

/** A topic, actor or article named in a query that the database does not know; the message says what is known. */
public class UnknownNameException extends RuntimeException {
    public UnknownNameException(String message) {
        super(message);
    }
}
