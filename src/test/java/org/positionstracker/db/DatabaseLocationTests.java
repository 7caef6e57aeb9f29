package org.positionstracker.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseLocationTests {
    @Test
    void urlSettingsThatRunSql_areRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseLocation.parse("jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://example.invalid/x.sql'"));

        assertTrue(e.getMessage().contains("INIT"), e.getMessage());
    }

    @Test
    void aPath_isAnH2FileDatabase_migratedFromTheH2Folder() {
        DatabaseLocation location = DatabaseLocation.parse("some/where/tracker");

        assertTrue(location.isH2());
        assertEquals("h2", location.vendor());
        assertTrue(location.jdbcUrl().startsWith("jdbc:h2:file:"), location.jdbcUrl());
    }

    @Test
    void aPostgresqlUrl_isUsedAsGiven_migratedFromThePostgresqlFolder() {
        DatabaseLocation location = DatabaseLocation.parse("jdbc:postgresql://db.example:5432/tracker?sslmode=require");

        assertFalse(location.isH2());
        assertEquals("postgresql", location.vendor());
        assertEquals("jdbc:postgresql://db.example:5432/tracker?sslmode=require", location.jdbcUrl());
        assertNull(location.h2File());
    }

    @Test
    void postgresqlWithoutTheEnvironmentVariables_leavesUserAndPasswordToTheDriver() {
        // (only meaningful where the test JVM runs without TRACKER_DB_USER / TRACKER_DB_PASSWORD)
        if (System.getenv("TRACKER_DB_USER") != null || System.getenv("TRACKER_DB_PASSWORD") != null) return;

        DatabaseLocation location = DatabaseLocation.parse("jdbc:postgresql://localhost/tracker?user=tracker");

        assertNull(location.user(), "not H2's sa: the URL's user= or the OS user applies");
        assertNull(location.password());
    }

    @Test
    void aPasswordInThePostgresqlUrl_isNeverShown() {
        DatabaseLocation location = DatabaseLocation.parse("jdbc:postgresql://localhost/tracker?user=tracker&password=s3cret&ssl=true");

        assertEquals("jdbc:postgresql://localhost/tracker?user=tracker&password=***&ssl=true", location.displayUrl());
        assertFalse(location.toString().contains("s3cret"), location.toString());
        assertEquals("jdbc:postgresql://localhost/tracker?password=***", DatabaseLocation.parse("jdbc:postgresql://localhost/tracker?password=x").displayUrl());
    }

    @Test
    void otherJdbcUrls_areRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseLocation.parse("jdbc:mysql://localhost/tracker"));

        assertTrue(e.getMessage().contains("jdbc:postgresql:"), e.getMessage());
    }

    @Test
    void h2WithoutTRACKER_DB_PASSWORD_leavesThePasswordToTheCredentialsFile() {
        // (only meaningful where the test JVM runs without TRACKER_DB_USER / TRACKER_DB_PASSWORD)
        if (System.getenv("TRACKER_DB_USER") != null || System.getenv("TRACKER_DB_PASSWORD") != null) return;

        DatabaseLocation location = DatabaseLocation.parse("some/where/tracker");

        assertEquals("sa", location.user());
        assertNull(location.password(), "not an empty password: the tracker keeps a random one beside the database");
    }

    @Test
    void h2LocalFile_isFoundForPathsAndFileUrls_notForMemoryOrServers() {
        Path home = Path.of(System.getProperty("user.home"));

        assertEquals(Path.of("some/where/tracker").toAbsolutePath().normalize(), DatabaseLocation.parse("some/where/tracker").h2LocalFile().orElseThrow());
        assertEquals(Path.of("/x/tracker"), DatabaseLocation.parse("jdbc:h2:file:/x/tracker;MODE=PostgreSQL").h2LocalFile().orElseThrow());
        assertEquals(Path.of("/x/tracker"), DatabaseLocation.parse("jdbc:h2:/x/tracker").h2LocalFile().orElseThrow());
        assertEquals(home.resolve("tracker"), DatabaseLocation.parse("jdbc:h2:~/tracker").h2LocalFile().orElseThrow());
        assertTrue(DatabaseLocation.parse("jdbc:h2:mem:tracker;DB_CLOSE_DELAY=-1").h2LocalFile().isEmpty());
        assertTrue(DatabaseLocation.parse("jdbc:h2:tcp://localhost/~/tracker").h2LocalFile().isEmpty());
        assertTrue(DatabaseLocation.parse("jdbc:postgresql://localhost/tracker").h2LocalFile().isEmpty());
    }

    @Test
    void h2FileSystemsThatKeepOrdinaryFiles_areLocalFiles_evenNested() {
        assertEquals(Path.of("/x/tracker"), DatabaseLocation.parse("jdbc:h2:nio:/x/tracker").h2LocalFile().orElseThrow());
        assertEquals(Path.of("/x/tracker"), DatabaseLocation.parse("jdbc:h2:split:28:nio:/x/tracker").h2LocalFile().orElseThrow());
        assertEquals(Path.of("/x/tracker"), DatabaseLocation.parse("jdbc:h2:file:async:/x/tracker;IFEXISTS=TRUE").h2LocalFile().orElseThrow());
    }

    @Test
    void h2MemoryFileSystems_areInMemory() {
        DatabaseLocation location = DatabaseLocation.parse("jdbc:h2:split:memFS:tracker");

        assertTrue(location.isH2InMemory());
        assertTrue(location.h2LocalFile().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:zip:/x/db.zip!/tracker", "jdbc:h2:encrypt:/x/tracker", "jdbc:h2:rec:/x/tracker", "jdbc:h2:NIO:/x/tracker",
            "jdbc:h2:split:zip:/x/db.zip!/tracker"})
    void h2StorageWithoutCredentialsAndPermissions_isRefused(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseLocation.parse(url));

        assertTrue(e.getMessage().startsWith("--db " + url + ": the H2 storage "), e.getMessage());
    }

    @Test
    void theReaderLogsInWithoutTheUrlsUserAndPassword() {
        DatabaseLocation location = DatabaseLocation.parse("jdbc:postgresql://localhost/tracker?user=tracker&ssl=true&password=s3cret")
                .withReader("analyst", "r3ader");

        assertEquals("jdbc:postgresql://localhost/tracker?ssl=true", location.jdbcUrlWithoutCredentials());
        assertEquals("jdbc:postgresql://localhost/tracker", DatabaseLocation.parse("jdbc:postgresql://localhost/tracker?password=x&user=y").jdbcUrlWithoutCredentials());
        assertEquals("jdbc:postgresql://localhost/tracker?username_hint=1", DatabaseLocation.parse("jdbc:postgresql://localhost/tracker?username_hint=1").jdbcUrlWithoutCredentials());
        assertFalse(location.toString().contains("r3ader"), location.toString());
        assertTrue(location.toString().contains("reader analyst"), location.toString());
    }
}
