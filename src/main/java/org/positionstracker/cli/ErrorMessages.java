package org.positionstracker.cli;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.positionstracker.codebook.CodebookException;
import org.positionstracker.query.UnknownNameException;

/** Turns a failure into the one line a user sees. */
final class ErrorMessages {
    /** H2's error code for a file database another process has open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    static String describe(Throwable e) {
        if (e instanceof UnknownNameException || e instanceof CodebookException || e instanceof IllegalArgumentException)
            return e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN)
                return "the database is in use by another process (another import or a console); close it and try again";
            if (t instanceof FlywayException fe) return "database migration failed: " + firstLine(fe.getMessage());
        }
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : firstLine(root.getMessage());
        return message + " (run with --verbose for details)";
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private ErrorMessages() {
    }
}
