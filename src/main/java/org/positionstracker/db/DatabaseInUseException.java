package org.positionstracker.db;

/** The H2 file database is open in another process; the message says which one when it can. */
public class DatabaseInUseException extends RuntimeException {
    public DatabaseInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
