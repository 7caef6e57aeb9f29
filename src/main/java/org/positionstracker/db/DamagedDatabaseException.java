package org.positionstracker.db;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVStoreException;

/** An H2 database file that its store cannot read: the user is told which file, and to restore it. */
public final class DamagedDatabaseException extends RuntimeException {
    private DamagedDatabaseException(String database, String what, Throwable cause) {
        super("the database " + database + " is damaged (" + what + "); restore it from a backup", cause);
    }

    /** A store that closed itself, for a reason H2 did not pass on: damage, or a full disk. */
    private DamagedDatabaseException(String database, Throwable cause) {
        super("the database " + database + " stopped working (" + describe(cause) + "): the file is damaged or the disk is full;"
                + " if there is free space, restore it from a backup", cause);
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
        Optional<DamagedDatabaseException> damaged = storeFailure(failure).map(f -> new DamagedDatabaseException(name(location), describe(f), failure));
        return damaged.isPresent() ? damaged : closedStore(failure).map(c -> new DamagedDatabaseException(name(location), c));
    }

    private static Optional<Throwable> closedStore(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof MVStoreException m && m.getErrorCode() == CLOSED) return Optional.of(t);
        }
        return Optional.empty();
    }

    /** MVStore's error code for a store that is closed, by its owner or by a failure it did not survive. */
    private static final int CLOSED = 4;

    /**
     * MVStore error codes that mean the file's content cannot be read as written: reading failed,
     * file corrupt, serialization, chunk or block not found, transaction data corrupt, unknown data
     * type. Not among them: writing failed (a full disk), store closed, locked, newer format.
     */
    private static final java.util.Set<Integer> DAMAGE = java.util.Set.of(1, 6, 8, 9, 50, 100, 106);

    /**
     * The innermost failure, among the causes and suppressed exceptions, that says the file is
     * damaged: an MVStoreException with one of the {@link #DAMAGE} codes, or a runtime failure
     * (BufferUnderflowException, NumberFormatException, a stack overflow on a page that refers to
     * itself, ...) raised while the store decoded the file, which is what flipped bytes produce.
     */
    private static Optional<Throwable> storeFailure(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        java.util.Deque<Throwable> next = new java.util.ArrayDeque<>(java.util.List.of(failure));
        Throwable found = null;
        while (!next.isEmpty()) {
            Throwable t = next.pop();
            if (seen.put(t, true) != null) continue;
            if (t instanceof MVStoreException m ? DAMAGE.contains(m.getErrorCode())
                    : (t instanceof RuntimeException || t instanceof StackOverflowError) && thrownByTheStore(t)) found = t;
            if (t.getCause() != null) next.push(t.getCause());
            for (Throwable suppressed : t.getSuppressed()) next.addLast(suppressed);
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
