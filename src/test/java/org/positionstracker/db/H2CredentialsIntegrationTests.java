package org.positionstracker.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The H2 admin's password: random, in an owner-only file beside the database, never empty, never in the repository. */
class H2CredentialsIntegrationTests {
    @TempDir
    Path dir;

    private String db(String name) {
        return dir.resolve(name).resolve("tracker").toString();
    }

    /** As an earlier version opened databases: admin sa, empty password (it still runs the migrations). */
    private static DatabaseLocation withEmptyAdminPassword(String path) {
        DatabaseLocation parsed = DatabaseLocation.parse(path);
        return new DatabaseLocation(parsed.jdbcUrl(), parsed.h2File(), "sa", "");
    }

    private static void insertTopic(Database db, String slug) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.createStatement().executeUpdate("INSERT INTO topic (id, slug, label) VALUES (NEXT VALUE FOR topic_seq, '" + slug + "', 'Label')");
            c.commit();
        }
    }

    private static boolean logsIn(String path, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + path + ";IFEXISTS=TRUE", user, password)) {
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == 28000) return false;
            throw e;
        }
    }

    private static long topics(String path) throws Exception {
        try (Connection c = H2Admin.connect(path); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM topic")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aNewDatabase_getsRandomPasswordsInAnOwnerOnlyFileBesideIt() throws Exception {
        String path = db("new");

        try (Database db = Database.open(DatabaseLocation.parse(path))) {
            assertEquals(Path.of(path + ".credentials"), db.credentialsFile().orElseThrow());
        }

        Path file = Path.of(path + ".credentials");
        assertEquals(Path.of(path + ".mv.db").getParent(), file.getParent());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Properties p = H2Admin.credentials(path);
        assertEquals("sa", p.getProperty("admin.user"));
        assertTrue(p.getProperty("admin.password").length() >= 32);
        assertEquals("TRACKER_READER", p.getProperty("reader.user"));
        assertFalse(logsIn(path, "sa", ""), "the admin must not have an empty password");
        assertTrue(logsIn(path, "sa", p.getProperty("admin.password")));
        assertTrue(logsIn(path, "TRACKER_READER", p.getProperty("reader.password")));
    }

    /** Issue 12: jdbc:h2:nio:PATH made a database readable by all, its admin sa without a password, and no credentials file. */
    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:", "jdbc:h2:file:", "jdbc:h2:nio:", "jdbc:h2:nioMapped:", "jdbc:h2:async:", "jdbc:h2:retry:",
            "jdbc:h2:split:", "jdbc:h2:split:24:", "jdbc:h2:split:nio:"})
    void everyLocalFileForm_getsTheCredentialsFileAndOwnerOnlyFiles(String form) throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        String path = db("form");

        Database.open(DatabaseLocation.parse(form + path)).close();

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(path + ".credentials"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(path + ".mv.db"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(path).getParent())));
        assertFalse(logsIn(path, "sa", ""), "the admin must not have an empty password");
        assertTrue(logsIn(path, "sa", H2Admin.credentials(path).getProperty("admin.password")));
    }

    @Test
    void twoNewDatabases_getDifferentPasswords() throws Exception {
        Database.open(DatabaseLocation.parse(db("one"))).close();
        Database.open(DatabaseLocation.parse(db("two"))).close();

        Properties one = H2Admin.credentials(db("one"));
        Properties two = H2Admin.credentials(db("two"));

        assertNotEquals(one.getProperty("admin.password"), two.getProperty("admin.password"));
        assertNotEquals(one.getProperty("reader.password"), two.getProperty("reader.password"));
    }

    @Test
    void reopening_usesTheSamePasswords() throws Exception {
        String path = db("again");
        Database.open(DatabaseLocation.parse(path)).close();
        Properties before = H2Admin.credentials(path);

        Database.open(DatabaseLocation.parse(path)).close();

        assertEquals(before, H2Admin.credentials(path));
    }

    @Test
    void aDatabaseOfAnEarlierVersion_withAnEmptyAdminPassword_getsOne_andKeepsItsData() throws Exception {
        String path = db("earlier");
        try (Database earlier = Database.open(withEmptyAdminPassword(path))) {
            insertTopic(earlier, "kept");
        }
        assertFalse(Files.exists(Path.of(path + ".credentials")));

        Database.open(DatabaseLocation.parse(path)).close();

        Properties p = H2Admin.credentials(path);
        assertFalse(logsIn(path, "sa", ""), "the empty password must no longer work");
        assertTrue(logsIn(path, "sa", p.getProperty("admin.password")));
        assertEquals(1, topics(path));
    }

    @Test
    void anUpgradeInterruptedAfterWritingTheFile_isFinishedOnTheNextOpen() throws Exception {
        String path = db("interrupted");
        try (Database earlier = Database.open(withEmptyAdminPassword(path))) {
            insertTopic(earlier, "kept");
        }
        Credentials written = CredentialStore.besideDatabase(Path.of(path)).createIfAbsent(Credentials.generate("sa"));

        Database.open(DatabaseLocation.parse(path)).close();

        assertFalse(logsIn(path, "sa", ""));
        assertTrue(logsIn(path, "sa", written.adminPassword()));
        assertEquals(1, topics(path));
    }

    @Test
    void aDatabaseWithAPasswordButNoCredentialsFile_failsWithOneLineNamingTheFile() throws Exception {
        String path = db("lost");
        Database.open(DatabaseLocation.parse(path)).close();
        Files.delete(Path.of(path + ".credentials"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Database.open(DatabaseLocation.parse(path)));

        assertEquals("cannot open jdbc:h2:file:" + path + ": the credentials file " + path + ".credentials is missing;"
                + " set TRACKER_DB_USER and TRACKER_DB_PASSWORD", e.getMessage());
        assertFalse(Files.exists(Path.of(path + ".credentials")), "no new file that would not open the database either");
    }

    @Test
    void aCredentialsFileWithTheWrongPassword_failsWithOneLine() throws Exception {
        String path = db("wrong");
        Database.open(DatabaseLocation.parse(path)).close();
        Path file = Path.of(path + ".credentials");
        Files.delete(file);
        CredentialStore.besideDatabase(Path.of(path)).createIfAbsent(Credentials.generate("sa"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Database.open(DatabaseLocation.parse(path)));

        assertTrue(e.getMessage().startsWith("cannot open jdbc:h2:file:" + path + ": the admin password in the credentials file " + file + " is not the database's"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void anAdminPasswordFromTheEnvironment_isNeverWrittenDown() throws Exception {
        String path = db("given");
        DatabaseLocation parsed = DatabaseLocation.parse(path);
        DatabaseLocation given = new DatabaseLocation(parsed.jdbcUrl(), parsed.h2File(), "owner", "the-given-password");

        try (Database db = Database.open(given); Connection reader = db.readOnlyConnection();
             ResultSet rs = reader.createStatement().executeQuery("SELECT CURRENT_USER")) {
            rs.next();
            assertEquals("TRACKER_READER", rs.getString(1));
        }

        assertFalse(Files.exists(Path.of(path + ".credentials")), "the tracker writes no file for credentials it was given");
        assertTrue(logsIn(path, "owner", "the-given-password"));
    }

    @Test
    void aDatabaseOpenedReadOnly_keepsTheReaderItHas() throws Exception {
        String path = db("read-only");
        Database.open(DatabaseLocation.parse(path)).close();

        try (Database db = Database.open(DatabaseLocation.parse("jdbc:h2:file:" + path + ";ACCESS_MODE_DATA=r"));
             Connection reader = db.readOnlyConnection(); ResultSet rs = reader.createStatement().executeQuery("SELECT CURRENT_USER")) {
            rs.next();
            assertEquals("TRACKER_READER", rs.getString(1));
        }
    }

    @Test
    void aDatabaseOfAnEarlierVersionOpenedReadOnly_asksToBeOpenedWritableOnce() throws Exception {
        String path = db("earlier-read-only");
        Database.open(withEmptyAdminPassword(path)).close();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Database.open(DatabaseLocation.parse("jdbc:h2:file:" + path + ";ACCESS_MODE_DATA=r")));

        assertTrue(e.getMessage().endsWith("open it once without ACCESS_MODE_DATA=r"), e.getMessage());
        assertFalse(Files.exists(Path.of(path + ".credentials")), "no file for a password the database does not have");
    }

    @Test
    void credentialsFiles_areIgnoredByGit_andNoneIsCommitted() throws Exception {
        assumeTrue(Files.exists(Path.of(".git")), "runs in a git checkout");
        Process tracked = new ProcessBuilder("git", "ls-files", "*.credentials", "**/*.credentials").redirectErrorStream(true).start();

        for (String path : new String[] {"data/tracker.credentials", "elsewhere/mine.credentials", "x/tracker.credentials.new-1-1"}) {
            Process ignored = new ProcessBuilder("git", "check-ignore", "-q", path).redirectErrorStream(true).start();
            assertEquals(0, ignored.waitFor(), path + " is not ignored by git");
        }
        assertEquals("", new String(tracked.getInputStream().readAllBytes()).strip());
        assertEquals(0, tracked.waitFor());
    }
}
