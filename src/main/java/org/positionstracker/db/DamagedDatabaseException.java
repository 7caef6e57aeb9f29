package org.positionstracker.db;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/** An H2 database file that its store cannot read: the user is told which file, and to restore it. */
public final class DamagedDatabaseException extends RuntimeException {
    private DamagedDatabaseException(String database, String what, Throwable cause) {
        super("the database " + database + " is damaged (" + what + "); restore it from a backup", cause);
    }

    /** NAME.mv.db when the database is a local file, else its URL. */
    static String name(DatabaseLocation location) {
        return location.h2LocalFile().map(f -> f + ".mv.db").orElse(location.displayUrl());
    }

    /**
     * Refuses an empty NAME.mv.db before H2 sees it: H2 would take it for a new database and
     * silently answer every query with nothing.
     */
    static void refuseEmptyFile(DatabaseLocation location) {
        Optional<Path> file = location.h2LocalFile().map(f -> Path.of(f + ".mv.db"));
        try {
            if (file.isPresent() && Files.isRegularFile(file.get(), LinkOption.NOFOLLOW_LINKS) && Files.size(file.get()) == 0)
                throw new DamagedDatabaseException(file.get().toString(), "it is empty, 0 bytes", null);
        } catch (java.io.IOException e) {
            // unreadable: H2 says so when it opens it
        }
    }

    /** The failure as a damaged database, when somewhere in its causes H2's store failed to read the file. */
    public static Optional<DamagedDatabaseException> of(Throwable failure, DatabaseLocation location) {
        if (failure instanceof DamagedDatabaseException d) return Optional.of(d);
        if (location == null || !location.isH2()) return Optional.empty();
        if (location.h2LocalFile().filter(f -> !Files.exists(Path.of(f + ".mv.db"))).isPresent()) return Optional.empty();
        return storeFailure(failure).map(f -> new DamagedDatabaseException(name(location), describe(f), failure));
    }

    /**
     * The innermost cause thrown by H2's storage layer: an MVStoreException, or any runtime failure
     * (BufferUnderflowException, NumberFormatException, ...) raised while the store decoded the
     * file, which is what flipped bytes produce.
     */
    private static Optional<Throwable> storeFailure(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable found = null;
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")
                    || t instanceof RuntimeException && thrownByTheStore(t)) found = t;
        }
        return Optional.ofNullable(found);
    }

    private static boolean thrownByTheStore(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String c = frame.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) continue;
            return c.startsWith("org.h2.mvstore.") || c.startsWith("org.h2.store.");
        }
        return false;
    }

    /** H2's message without its version tag ("Chunk 159 not found [2.5.252/9]" becomes "Chunk 159 not found"). */
    private static String describe(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("").strip();
        message = message.replaceAll("\\s*\\[\\d+\\.\\d+\\.\\d+/\\d+]$", "");
        if (message.length() > 100) message = message.substring(0, 100) + "...";
        return message.isEmpty() ? t.getClass().getSimpleName() : message;
    }
}
