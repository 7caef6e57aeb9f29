package org.positionstracker.cli;

import org.flywaydb.core.api.FlywayException;
import org.positionstracker.codebook.CodebookException;
import org.positionstracker.db.DatabaseInUseException;
import org.positionstracker.query.UnknownNameException;

/** Turns a failure into the one line a user sees. */
final class ErrorMessages {
    static String describe(Throwable e) {
        if (e instanceof UnknownNameException || e instanceof CodebookException || e instanceof IllegalArgumentException
                || e instanceof DatabaseInUseException)
            return e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
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
