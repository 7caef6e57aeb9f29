package org.positionstracker.cli;

import org.flywaydb.core.api.FlywayException;
import org.positionstracker.codebook.CodebookException;
import org.positionstracker.db.DamagedDatabaseException;
import org.positionstracker.db.DatabaseInUseException;
import org.positionstracker.query.UnknownNameException;

/** Turns a failure into the one line a user sees. */
final class ErrorMessages {
    static String describe(Throwable e) {
        if (e instanceof UnknownNameException || e instanceof CodebookException || e instanceof IllegalArgumentException
                || e instanceof DatabaseInUseException || e instanceof DamagedDatabaseException)
            return e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FlywayException fe) return "database migration failed: " + oneLine(fe.getMessage());
        }
        // The tracker's own exceptions say what it was doing and with which file or database; a
        // library's root cause (an EOFException, say) alone would not.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getStackTrace().length > 0 && t.getStackTrace()[0].getClassName().startsWith("org.positionstracker."))
                return firstLine(t.getMessage());
        }
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : firstLine(root.getMessage());
        return message + " (run with --verbose for details)";
    }

    /** Flyway explains over several lines (which migration, which checksums); keep them all, on one line. */
    private static String oneLine(String s) {
        if (s == null) return "";
        return String.join("; ", s.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.contains("http") && !l.startsWith("Need more flexibility"))
                .map(l -> l.replace("-> ", ""))
                .toList());
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private ErrorMessages() {
    }
}
