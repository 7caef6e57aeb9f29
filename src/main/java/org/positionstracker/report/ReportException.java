package org.positionstracker.report;

/**
 * A report that cannot be found, read or run, said in one line that names the report file or the
 * parameter at fault. It is bad input (the user's own report file or --param), hence an
 * IllegalArgumentException.
 */
public final class ReportException extends IllegalArgumentException {
    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
