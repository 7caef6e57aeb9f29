package org.positionstracker.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.positionstracker.query.TrackerQueries;

/**
 * Commands that only read check the schema by its version ({@link Database#openForReading}); a
 * database whose version is not the jar's newest gets the full check, or is refused when it cannot
 * be brought up to date; commands that write always get the full check ({@link Database#open}).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class SchemaVersionCheckIntegrationTests {
    /** A migration older than the newest one shipped, on both databases. */
    private static final String OLDER_VERSION = "9";

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void readingAnUpToDateDatabase_checksTheVersionOnly_andStartsHibernateOnlyForWorkThatNeedsIt() throws SQLException {
        DatabaseLocation location = backend.freshDatabase("version-check");
        Database.open(location).close();
        long fullChecksBefore = Database.fullSchemaChecks();

        try (Database db = Database.openForReading(location)) {
            boolean startedByOpening = db.hibernateStarted();
            new TrackerQueries(db.transactions()).topics();
            boolean startedByQueries = db.hibernateStarted();
            db.transactions().read(em -> em.createQuery("select count(t) from Topic t", Long.class).getSingleResult());

            assertEquals(Database.SchemaCheck.VERSION, db.schemaCheck());
            assertEquals(0, db.migrationsApplied());
            assertEquals(fullChecksBefore, Database.fullSchemaChecks());
            assertFalse(startedByOpening, "opening for reading started Hibernate");
            assertFalse(startedByQueries, "the read queries started Hibernate");
            assertTrue(db.hibernateStarted(), "JPA work needs Hibernate");
        }
    }

    @Test
    void readingAnOlderDatabase_migratesItWithTheFullCheck() {
        DatabaseLocation location = backend.freshDatabase("version-check-older");
        migrateTo(location, OLDER_VERSION);
        long fullChecksBefore = Database.fullSchemaChecks();

        try (Database db = Database.openForReading(location)) {

            assertEquals(Database.SchemaCheck.FULL, db.schemaCheck());
            assertTrue(db.migrationsApplied() >= 1, "the migrations after " + OLDER_VERSION + " should run");
            assertEquals(fullChecksBefore + 1, Database.fullSchemaChecks());
            assertTrue(db.hibernateStarted(), "the full check validates with Hibernate");
        }
        try (Database again = Database.openForReading(location)) {
            assertEquals(Database.SchemaCheck.VERSION, again.schemaCheck(), "once migrated, the version is current");
        }
    }

    @Test
    void readingANewDatabase_createsItsSchemaWithTheFullCheck() {
        DatabaseLocation location = backend.freshDatabase("version-check-new");

        try (Database db = Database.openForReading(location)) {

            assertEquals(Database.SchemaCheck.FULL, db.schemaCheck());
            assertTrue(db.migrationsApplied() >= 1);
        }
    }

    @Test
    void openingToWrite_checksFully_evenWhenTheVersionIsCurrent() {
        DatabaseLocation location = backend.freshDatabase("version-check-write");
        Database.open(location).close();
        long fullChecksBefore = Database.fullSchemaChecks();

        try (Database db = Database.open(location)) {

            assertEquals(Database.SchemaCheck.FULL, db.schemaCheck());
            assertEquals(fullChecksBefore + 1, Database.fullSchemaChecks());
            assertTrue(db.hibernateStarted());
        }
    }

    @Test
    void aDatabaseNewerThanTheJar_isRefusedInOneLine() throws SQLException {
        DatabaseLocation location = backend.freshDatabase("version-check-newer");
        try (Database db = Database.open(location); Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                    + " \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (9999, '999', 'from the future', 'SQL',"
                    + " 'V999__from_the_future.sql', 1, 'test', 1, TRUE)");
            c.commit();
        }

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Database.openForReading(location).close());

        assertTrue(refused.getMessage().contains("schema version 999, newer than this positions-tracker knows"), refused.getMessage());
        assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
    }

    @Test
    void anOlderDatabaseOpenedReadOnly_isRefusedInOneLine_andLeftAsItWas() throws SQLException {
        assumeTrue(backend == Backend.H2, "ACCESS_MODE_DATA=r is H2's");
        Path file = dir.resolve("tracker");
        migrateTo(DatabaseLocation.parse(file.toString()), OLDER_VERSION);
        int migrationsBefore = appliedMigrations(file);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Database.openForReading(DatabaseLocation.parse("jdbc:h2:file:" + file + ";ACCESS_MODE_DATA=r")).close());

        assertTrue(refused.getMessage().contains("has schema version " + OLDER_VERSION + " and this positions-tracker needs"), refused.getMessage());
        assertTrue(refused.getMessage().contains("open it once without ACCESS_MODE_DATA=r"), refused.getMessage());
        assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
        assertEquals(migrationsBefore, appliedMigrations(file), "no migration ran");
    }

    private static int appliedMigrations(Path file) throws SQLException {
        try (Connection c = H2Admin.connect(file.toString()); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Migrates a new database only up to {@code version}, as an earlier release of the tracker left it. */
    private static void migrateTo(DatabaseLocation location, String version) {
        H2Users users = null;
        try {
            if (location.isH2()) users = H2Users.open(location);
            try (HikariDataSource dataSource = users == null ? Database.dataSource(location, location.user(), location.password())
                    : Database.dataSource(location, users.adminUser(), users.adminPassword())) {
                Flyway.configure().dataSource(dataSource)
                        .locations("classpath:db/migration/common", "classpath:db/migration/" + location.vendor())
                        .target(version).load().migrate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            if (users != null) users.close();
        }
    }
}
