package org.positionstracker.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * The two users of an H2 database: its admin, who migrates and imports, and {@value #READER},
 * who can only read and is who analysts' SQL (the console, reports) runs as.
 *
 * <p>Unless {@code TRACKER_DB_PASSWORD} gives the admin's password, the tracker keeps both
 * passwords in a credentials file beside the database ({@code NAME.credentials}, owner-only,
 * random on first use; see {@link CredentialStore}). A database created by an earlier version,
 * whose admin has an empty password, gets one: the file is written (and synced) first, then the
 * password changed, so an interruption between the two is finished on the next open.
 *
 * <p>While the database is open the admin keeps one connection of its own: it keeps an embedded
 * database open with the admin's settings (no trace file) however the pool shrinks, and resets
 * the reader (its password, its rights) whenever needed.
 */
final class H2Users implements AutoCloseable {
    /** The read-only user. Not in a migration: it is no part of the schema, and its password must not be in the repository. */
    static final String READER = "TRACKER_READER";
    /** H2's error code for a refused login. */
    private static final int WRONG_USER_OR_PASSWORD = 28000;

    private final DatabaseLocation location;
    private final String adminUser;
    private final String adminPassword;
    private final String readerPassword;
    private final Optional<Path> credentialsFile;
    private final Connection admin;

    private H2Users(DatabaseLocation location, String adminUser, String adminPassword, String readerPassword,
                    Optional<Path> credentialsFile, Connection admin) {
        this.location = location;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.readerPassword = readerPassword;
        this.credentialsFile = credentialsFile;
        this.admin = admin;
    }

    /** Logs in as the admin (creating, or giving a password to, the admin where needed). */
    static H2Users open(DatabaseLocation location) throws SQLException {
        if (READER.equalsIgnoreCase(location.user()))
            throw new IllegalArgumentException("TRACKER_DB_USER " + location.user() + " is the tracker's read-only user; name the database's admin");
        Optional<Path> localFile = location.h2LocalFile();
        CredentialStore store = localFile.map(CredentialStore::besideDatabase)
                .orElseGet(() -> CredentialStore.inThisJvm(location.h2BaseUrl()));
        boolean adminGiven = location.password() != null || (localFile.isEmpty() && !location.isH2InMemory());
        if (adminGiven) {
            // TRACKER_DB_PASSWORD, or an H2 server, whose users are its administrator's business: no
            // file is written; the reader gets a password for this run (it is set on every open).
            String password = location.password() == null ? "" : location.password();
            Connection admin = DriverManager.getConnection(location.jdbcUrl(), location.user(), password);
            CredentialStore thisRun = CredentialStore.inThisJvm(location.h2BaseUrl());
            String reader = thisRun.read().orElseGet(() -> thisRun.createIfAbsent(Credentials.generateReaderOnly())).readerPassword();
            return new H2Users(location, location.user(), password, reader, Optional.empty(), admin);
        }
        Optional<Credentials> stored = store.read();
        Credentials credentials;
        Connection admin;
        if (stored.isPresent()) {
            credentials = stored.get();
            checkFor(location, credentials, store);
            admin = tryLogin(location, credentials.adminPassword());
            if (admin == null) {
                // The file was written but the password change did not happen (interrupted upgrade).
                admin = tryLogin(location, "");
                if (admin == null)
                    throw new IllegalArgumentException("cannot open " + location.displayUrl() + ": the admin password in "
                            + describe(store) + " is not the database's; restore the right file, or set TRACKER_DB_USER and TRACKER_DB_PASSWORD");
                setAdminPassword(admin, location, credentials.adminPassword());
            }
        } else if (localFile.isPresent() && !Files.exists(Path.of(localFile.get() + ".mv.db"))) {
            // A new database: H2 makes its first user the admin, with the password of the first login.
            credentials = store.createIfAbsent(Credentials.generate(location.user()));
            checkFor(location, credentials, store);
            admin = DriverManager.getConnection(location.jdbcUrl(), location.user(), credentials.adminPassword());
        } else {
            admin = tryLogin(location, "");
            if (admin == null)
                throw new IllegalArgumentException("cannot open " + location.displayUrl() + ": " + store.file()
                        .map(f -> "the credentials file " + f + " is missing")
                        .orElse("its admin password is not known to this process")
                        + "; set TRACKER_DB_USER and TRACKER_DB_PASSWORD");
            try {
                if (admin.isReadOnly()) throw adminPasswordNeedsWriting(location);
                // the file first (synced): if the password change is then interrupted, the next open finishes it
                credentials = store.createIfAbsent(Credentials.generate(location.user()));
                checkFor(location, credentials, store);
            } catch (RuntimeException e) {
                admin.close();
                throw e;
            }
            setAdminPassword(admin, location, credentials.adminPassword());
        }
        return new H2Users(location, location.user(), credentials.adminPassword(), credentials.readerPassword(), store.file(), admin);
    }

    private static String describe(CredentialStore store) {
        return store.file().map(f -> "the credentials file " + f).orElse("this process's memory");
    }

    private static void checkFor(DatabaseLocation location, Credentials credentials, CredentialStore store) {
        if (!credentials.hasAdmin())
            throw new IllegalArgumentException("cannot open " + location.displayUrl() + ": " + describe(store)
                    + " holds no admin password; set TRACKER_DB_USER and TRACKER_DB_PASSWORD");
        if (!credentials.adminUser().equalsIgnoreCase(location.user()))
            throw new IllegalArgumentException("cannot open " + location.displayUrl() + ": " + describe(store) + " is for the user "
                    + credentials.adminUser() + ", not " + location.user() + "; set TRACKER_DB_USER and TRACKER_DB_PASSWORD");
    }

    /** A connection as the admin, or null if H2 refuses the password. */
    private static Connection tryLogin(DatabaseLocation location, String password) throws SQLException {
        try {
            return DriverManager.getConnection(location.jdbcUrl(), location.user(), password);
        } catch (SQLException e) {
            if (e.getErrorCode() == WRONG_USER_OR_PASSWORD) return null;
            throw e;
        }
    }

    /** Gives the admin its password from the credentials file; closes the connection if that fails. */
    private static void setAdminPassword(Connection admin, DatabaseLocation location, String password) throws SQLException {
        try (Statement st = admin.createStatement()) {
            if (admin.isReadOnly()) throw adminPasswordNeedsWriting(location);
            st.execute("ALTER USER " + quoteUser(location.user()) + " SET PASSWORD " + quoteLiteral(password));
        } catch (RuntimeException | SQLException e) {
            admin.close();
            throw e;
        }
    }

    private static IllegalArgumentException adminPasswordNeedsWriting(DatabaseLocation location) {
        return new IllegalArgumentException("cannot open " + location.displayUrl() + ": its admin has no password yet (made by an"
                + " earlier version), and a read-only database cannot be given one; open it once without ACCESS_MODE_DATA=r");
    }

    /**
     * Makes sure {@value #READER} exists with the password from the credentials and may only read:
     * not admin, SELECT on the schema (which covers tables and views created later). Its password is
     * set every time, so a reader that changed its own (H2 lets any user) cannot lock the tracker out.
     */
    synchronized void resetReader() throws SQLException {
        // A read-only database (ACCESS_MODE_DATA=r) keeps the reader it has; see connectReader.
        if (admin.isReadOnly()) return;
        try (Statement st = admin.createStatement()) {
            st.execute("CREATE USER IF NOT EXISTS " + READER + " PASSWORD " + quoteLiteral(readerPassword));
            st.execute("ALTER USER " + READER + " SET PASSWORD " + quoteLiteral(readerPassword));
            st.execute("ALTER USER " + READER + " ADMIN FALSE");
            st.execute("REVOKE ALL ON SCHEMA PUBLIC FROM " + READER);
            st.execute("GRANT SELECT ON SCHEMA PUBLIC TO " + READER);
        }
    }

    /** A new connection as {@value #READER}, autocommit on. */
    Connection connectReader() throws SQLException {
        Connection c;
        try {
            c = DriverManager.getConnection(readerUrl(), READER, readerPassword);
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_USER_OR_PASSWORD) throw e;
            if (admin.isReadOnly())
                throw new SQLException("cannot log in as " + READER + ": the database is opened read-only (ACCESS_MODE_DATA=r) and its reader"
                        + " is missing or has another password; open it once without ACCESS_MODE_DATA=r", e.getSQLState(), e.getErrorCode(), e);
            resetReader();
            c = DriverManager.getConnection(readerUrl(), READER, readerPassword);
        }
        c.setAutoCommit(true);
        c.setReadOnly(true);
        return c;
    }

    /**
     * The database's URL without our settings: a reader may not set WRITE_DELAY or TRACE_LEVEL_FILE
     * (admin rights), and needs not, as the admin's open connection holds the database with them.
     */
    String readerUrl() {
        return location.h2BaseUrl() + ";IFEXISTS=TRUE";
    }

    /** Whether H2 opened the database read-only (ACCESS_MODE_DATA=r, or a read-only file). */
    boolean readOnly() throws SQLException {
        return admin.isReadOnly();
    }

    String adminUser() {
        return adminUser;
    }

    String adminPassword() {
        return adminPassword;
    }

    Optional<Path> credentialsFile() {
        return credentialsFile;
    }

    private static String quoteUser(String user) {
        return "\"" + user.toUpperCase(Locale.ROOT).replace("\"", "\"\"") + "\"";
    }

    private static String quoteLiteral(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    @Override
    public void close() {
        try {
            admin.close();
        } catch (SQLException e) {
            // closing the last connection closes an embedded database; nothing is left to undo
        }
    }
}
