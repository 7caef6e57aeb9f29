package org.positionstracker.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * An open tracker database. Opened to write ({@link #open}): a connection pool, the schema brought
 * up to date and validated by Flyway, and a Hibernate EntityManagerFactory that validates that
 * schema too (it never creates or alters it). Opened to read ({@link #openForReading}) with a
 * current schema version: plain connections, and Hibernate only if some work asks for it.
 */
public final class Database implements AutoCloseable {
    private final DatabaseLocation location;
    /** A pool for commands that write; {@link DirectConnections} for those that only read and found the schema current. */
    private final javax.sql.DataSource dataSource;
    /** Null until a query needs it when the schema was checked by its version alone (Hibernate is most of a read command's start-up). */
    private EntityManagerFactory emf;
    private final int migrationsApplied;
    private final SchemaCheck schemaCheck;
    /** H2 only: the admin's own connection and the read-only user; null for PostgreSQL. */
    private final H2Users h2Users;

    private Database(DatabaseLocation location, javax.sql.DataSource dataSource, EntityManagerFactory emf, int migrationsApplied, H2Users h2Users,
                     SchemaCheck schemaCheck) {
        this.location = location;
        this.dataSource = dataSource;
        this.emf = emf;
        this.migrationsApplied = migrationsApplied;
        this.h2Users = h2Users;
        this.schemaCheck = schemaCheck;
    }

    /**
     * Opens the database for any command: Flyway migrates it if needed and validates every applied
     * migration, and Hibernate validates the schema against the entities. Commands that write use
     * this, so a database is never changed through a schema the tracker does not expect.
     */
    public static Database open(DatabaseLocation location) {
        return open(location, false);
    }

    /**
     * Opens the database for a command that only reads. When the database's latest migration is
     * the newest one this jar ships, that one query is the whole schema check: Flyway is not run
     * and Hibernate is only started (without validation) when a query needs it. Otherwise the
     * database is opened as by {@link #open}, which migrates an older database, unless it is
     * read-only or newer than this jar; those are refused with a message saying so.
     */
    public static Database openForReading(DatabaseLocation location) {
        return open(location, true);
    }

    private static Database open(DatabaseLocation location, boolean onlyReading) {
        location.h2LocalFile().ifPresent(file -> DatabaseFolder.prepare(file.toAbsolutePath().getParent()));
        DamagedDatabaseException.refuseEmptyFile(location);
        refuseMissing(location);
        H2Users h2Users = null;
        HikariDataSource pool = null;
        try {
            if (location.isH2()) h2Users = H2Users.open(location);
            String user = h2Users == null ? location.user() : h2Users.adminUser();
            String password = h2Users == null ? location.password() : h2Users.adminPassword();
            if (onlyReading) {
                DirectConnections direct = new DirectConnections(location, user, password);
                if (versionCheck(location, direct, h2Users) == SchemaCheck.VERSION) {
                    if (h2Users != null) h2Users.resetReader();
                    location.h2LocalFile().ifPresent(DatabaseOwner::claim);
                    return new Database(location, direct, null, 0, h2Users, SchemaCheck.VERSION);
                }
            }
            pool = dataSource(location, user, password);
            FULL_CHECKS.incrementAndGet();
            int migrationsApplied = migrate(pool, location.vendor()).migrationsExecuted;
            if (h2Users != null) h2Users.resetReader();
            EntityManagerFactory emf = entityManagerFactory(pool, true);
            location.h2LocalFile().ifPresent(DatabaseOwner::claim);
            return new Database(location, pool, emf, migrationsApplied, h2Users, SchemaCheck.FULL);
        } catch (RuntimeException | java.sql.SQLException e) {
            if (pool != null) pool.close();
            if (h2Users != null) h2Users.close();
            RuntimeException failure = e instanceof RuntimeException r ? r
                    : new IllegalStateException("cannot open " + location.displayUrl() + ": " + e.getMessage(), e);
            throw inUse(location, failure).or(() -> DamagedDatabaseException.of(failure, location)).orElse(failure);
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong FULL_CHECKS = new java.util.concurrent.atomic.AtomicLong();

    /** How many times, in this JVM, a database was opened with the full schema check (for tests of which commands pay for it). */
    public static long fullSchemaChecks() {
        return FULL_CHECKS.get();
    }

    /** How the schema was checked when the database was opened. */
    public enum SchemaCheck {
        /** Flyway migrated and validated it, Hibernate validated it against the entities. */
        FULL,
        /** Its latest migration is the newest this jar ships; nothing else was checked. */
        VERSION
    }

    /**
     * {@link SchemaCheck#VERSION} when the database's latest successful migration is the newest this
     * jar ships; {@link SchemaCheck#FULL} when it is older (or the database new or its history
     * unreadable: Flyway then migrates, or reports what is wrong, as for a writing command). Refuses a
     * database newer than the jar, and an older one that cannot be migrated because it is read-only.
     */
    private static SchemaCheck versionCheck(DatabaseLocation location, javax.sql.DataSource dataSource, H2Users h2Users) throws java.sql.SQLException {
        SchemaVersion shipped = SchemaVersion.newestShipped(location.vendor());
        java.util.Optional<SchemaVersion> applied;
        try (java.sql.Connection c = dataSource.getConnection()) {
            try {
                applied = SchemaVersion.applied(c);
            } finally {
                c.rollback();
            }
        } catch (java.sql.SQLException e) {
            return SchemaCheck.FULL;
        }
        if (applied.isEmpty()) return SchemaCheck.FULL;
        int order = applied.get().compareTo(shipped);
        if (order == 0) return SchemaCheck.VERSION;
        if (order > 0)
            throw new IllegalStateException("the database " + location.displayUrl() + " has schema version " + applied.get()
                    + ", newer than this positions-tracker knows (" + shipped + "); use the version of positions-tracker that last wrote to it, or a newer one");
        if (h2Users != null && h2Users.readOnly())
            throw new IllegalStateException("the database " + location.displayUrl() + " has schema version " + applied.get() + " and this positions-tracker needs "
                    + shipped + ", but it is opened read-only (ACCESS_MODE_DATA=r); open it once without ACCESS_MODE_DATA=r to upgrade it");
        return SchemaCheck.FULL;
    }

    /** Says what is wrong, before a credentials file is written for it, when a URL that only opens a database names none. */
    private static void refuseMissing(DatabaseLocation location) {
        java.util.Optional<String> setting = location.h2OpensExistingOnly();
        java.util.Optional<Path> file = location.h2LocalFile().map(f -> Path.of(f + ".mv.db"));
        if (setting.isPresent() && file.isPresent() && !java.nio.file.Files.exists(file.get()))
            throw new IllegalArgumentException("the database " + file.get() + " does not exist, and " + setting.get()
                    + " only opens an existing one; check the path, or import into it without " + setting.get() + " first");
    }

    /** H2's error code for a file database another process has open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private static java.util.Optional<RuntimeException> inUse(DatabaseLocation location, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                String who = location.h2LocalFile().flatMap(DatabaseOwner::holder).orElse("another process");
                return java.util.Optional.of(new DatabaseInUseException("the database " + location.displayUrl()
                        + " is in use by " + who + "; wait for it to finish or stop it, then try again", e));
            }
        }
        return java.util.Optional.empty();
    }

    static HikariDataSource dataSource(DatabaseLocation location, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(Runtime.getRuntime().availableProcessors() + 2);
        config.setMinimumIdle(0);
        config.setAutoCommit(false);
        config.setPoolName("tracker");
        config.setInitializationFailTimeout(-1);
        if (!location.isH2()) {
            // A server that is down or refuses the login fails the first connection at once,
            // instead of the pool retrying until its 30 s connection timeout.
            config.setInitializationFailTimeout(1);
            // Batched inserts go to the server as one multi-row INSERT per batch instead of one
            // round trip per row. (Parameters in the URL still win.)
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            config.addDataSourceProperty("ApplicationName", "positions-tracker");
        }
        return new HikariDataSource(config);
    }

    static MigrateResult migrate(javax.sql.DataSource dataSource, String vendor) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .placeholders(MigrationPlaceholders.of(vendor))
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** Hibernate over the pool; {@code validate}: check the schema against the entities (a full check) or trust the version check. */
    private static EntityManagerFactory entityManagerFactory(javax.sql.DataSource dataSource, boolean validate) {
        HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("positions-tracker");
        MappedEntities.all().forEach(config::managedClass);
        config.property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        config.property(AvailableSettings.HBM2DDL_AUTO, validate ? "validate" : "none");
        config.property(AvailableSettings.STATEMENT_BATCH_SIZE, 50);
        config.property(AvailableSettings.ORDER_INSERTS, true);
        config.property(AvailableSettings.ORDER_UPDATES, true);
        config.property(AvailableSettings.SHOW_SQL, false);
        config.property(AvailableSettings.QUERY_STARTUP_CHECKING, false);
        // Hibernate would otherwise create HTE_* helper tables; the schema belongs to Flyway alone.
        config.property("hibernate.query.mutation_strategy.global_temporary.create_tables", false);
        config.property("hibernate.query.mutation_strategy.global_temporary.drop_tables", false);
        config.property("hibernate.query.mutation_strategy.persistent.create_tables", false);
        config.property("hibernate.query.mutation_strategy.local_temporary.drop_tables", false);
        return config.createEntityManagerFactory();
    }

    public synchronized EntityManagerFactory emf() {
        if (emf == null) emf = entityManagerFactory(dataSource, false);
        return emf;
    }

    /** How the schema was checked when this database was opened. */
    public SchemaCheck schemaCheck() {
        return schemaCheck;
    }

    /** Whether Hibernate has been started for this database (by a full schema check, or by a query that needs it). */
    public synchronized boolean hibernateStarted() {
        return emf != null;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    /** Ids for rows written with plain JDBC, compatible with Hibernate's pooled sequence use. */
    public IdBlocks idBlocks() {
        org.hibernate.dialect.Dialect dialect = emf().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                .getJdbcServices().getDialect();
        return new IdBlocks(sequence -> dialect.getSequenceSupport().getSequenceNextValString(sequence));
    }

    /**
     * A new connection for analysts' own SQL (reports, the console) that can only read; autocommit
     * on. Close it when done. On H2 it is a login as the read-only user {@value H2Users#READER},
     * whose rights H2 enforces; on PostgreSQL a login as {@code TRACKER_DB_READER_USER} when set,
     * else a read-only session of the tracker's own user (see {@link PostgresReader}).
     */
    public java.sql.Connection readOnlyConnection() throws java.sql.SQLException {
        return h2Users != null ? h2Users.connectReader() : PostgresReader.connect(location);
    }

    /**
     * H2: the Java functions, aggregates and triggers stored in the database ("SCHEMA.NAME"), each
     * Java code that runs in this JVM when called or fired; the tracker's schema has none. Empty on
     * PostgreSQL, whose functions run in the server.
     */
    public List<String> javaRoutines() throws java.sql.SQLException {
        if (h2Users == null) return List.of();
        List<String> found = new java.util.ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT ROUTINE_SCHEMA || '.' || ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES"
                     + " WHERE EXTERNAL_LANGUAGE = 'JAVA' UNION SELECT TRIGGER_SCHEMA || '.' || TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS")) {
            while (rs.next()) found.add(rs.getString(1));
        }
        return found;
    }

    /**
     * Writes a consistent copy of the open H2 file database into {@code zip} (made owner-only, as it
     * holds the passwords): H2's online {@code BACKUP TO} makes NAME.mv.db in it, and the
     * credentials file goes in beside it as NAME.credentials. Unzipped into a folder, the two are a
     * database the tracker opens as it is.
     */
    public void backupTo(Path zip) throws java.io.IOException, java.sql.SQLException {
        Path file = location.h2LocalFile().orElseThrow(() -> new IllegalArgumentException("backup copies an H2 database kept in"
                + " files on this machine, not " + location.displayUrl() + (location.isH2() ? "" : "; for PostgreSQL use pg_dump")));
        setOwnerOnly(zip);
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        java.util.Optional<Path> credentials = credentialsFile();
        if (credentials.isPresent()) {
            try (java.nio.file.FileSystem archive = java.nio.file.FileSystems.newFileSystem(zip)) {
                java.nio.file.Files.copy(credentials.get(), archive.getPath(file.getFileName() + ".credentials"));
            }
        }
        setOwnerOnly(zip);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(zip, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void setOwnerOnly(Path file) throws java.io.IOException {
        try {
            java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's ACLs apply
        }
    }

    /** The user {@link #readOnlyConnection()} logs in as, for people who log in themselves (the console). */
    public String readerUser() {
        if (h2Users != null) return H2Users.READER;
        return location.readerUser() != null ? location.readerUser() : location.user();
    }

    /** H2: the file beside the database holding the admin's and the reader's passwords; none when TRACKER_DB_PASSWORD is set. */
    public java.util.Optional<Path> credentialsFile() {
        return h2Users == null ? java.util.Optional.empty() : h2Users.credentialsFile();
    }

    public DatabaseLocation location() {
        return location;
    }

    public int migrationsApplied() {
        return migrationsApplied;
    }

    public Transactions transactions() {
        return new Transactions(this::emf, dataSource);
    }

    /** An H2 file's size before and after {@link #closeCompacted()}. */
    public record Compaction(Path file, long bytesBefore, long bytesAfter) {
    }

    /**
     * Closes the database; an H2 file database is first rewritten without the dead space that many
     * small commits leave behind (H2's {@code SHUTDOWN COMPACT}: during an import about 90% of the
     * file). Takes time in proportion to the live data. Empty for other databases, which are only
     * closed.
     */
    public java.util.Optional<Compaction> closeCompacted() {
        Path file = location.h2LocalFile().map(f -> f.resolveSibling(f.getFileName() + ".mv.db")).orElse(null);
        if (file == null) {
            close();
            return java.util.Optional.empty();
        }
        long before = sizeOf(file);
        try {
            java.sql.Connection c = dataSource.getConnection();
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            try {
                c.close();
            } catch (java.sql.SQLException closedWithTheDatabase) {
                // SHUTDOWN closed the database under this connection: nothing is left to roll back
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot compact " + file + ": " + e.getMessage(), e);
        } finally {
            close();
        }
        return java.util.Optional.of(new Compaction(file, before, sizeOf(file)));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean closed;

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            synchronized (this) {
                if (emf != null) emf.close();
            }
        } finally {
            if (dataSource instanceof HikariDataSource pool) pool.close();
            if (h2Users != null) h2Users.close();
            location.h2LocalFile().ifPresent(file -> {
                DatabaseOwner.restrictToOwner(file);
                DatabaseOwner.release(file);
            });
        }
    }
}
