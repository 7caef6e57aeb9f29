package org.positionstracker.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What analysts' SQL can do on H2: it runs as {@value H2Users#READER} ({@link Database#readOnlyConnection()}),
 * which H2 lets read every table and view and refuses everything that writes, changes the
 * schema, users or database settings, or touches files. Each refusal is checked twice: H2 says
 * "no" for lack of rights (not for a typo), and the thing did not happen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyAccessIntegrationTests {
    /** H2: "Admin rights are required for this operation". */
    private static final int ADMIN_RIGHTS_REQUIRED = 90040;
    /** H2: "Not enough rights for object". */
    private static final int NOT_ENOUGH_RIGHTS = 90096;

    @TempDir
    static Path dir;

    private Database db;
    private Path secret;
    private Path script;

    @BeforeAll
    void openDatabase() throws Exception {
        db = Database.open(DatabaseLocation.parse(dir.resolve("data/tracker").toString()));
        try (Connection c = admin()) {
            c.createStatement().executeUpdate("INSERT INTO topic (id, slug, label) VALUES (1, 'territory', 'Territory'), (2, 'ceasefire', 'Ceasefire')");
            c.commit();
        }
        secret = Files.writeString(dir.resolve("secret.txt"), "the secret", StandardCharsets.UTF_8);
        script = Files.writeString(dir.resolve("script.sql"), "CREATE TABLE pwned (id INT);\n", StandardCharsets.UTF_8);
    }

    @AfterAll
    void closeDatabase() {
        db.close();
    }

    private Connection admin() throws SQLException {
        return db.dataSource().getConnection();
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = admin(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection c = admin(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values;
    }

    private Path out(String name) {
        return dir.resolve("out").resolve(name);
    }

    /** What an admin sees that a refused statement might have changed. */
    private Map<String, Object> databaseState() throws SQLException, java.io.IOException {
        Map<String, Object> state = new LinkedHashMap<>();
        try (Connection c = admin()) {
            state.put("topics", column(c, "SELECT slug || '=' || label FROM topic ORDER BY id"));
            state.put("migrations", column(c, "SELECT \"version\" || ' ' || \"checksum\" FROM \"flyway_schema_history\" ORDER BY 1"));
            state.put("tables", column(c, "SELECT TABLE_SCHEMA || '.' || TABLE_NAME FROM INFORMATION_SCHEMA.TABLES ORDER BY 1"));
            state.put("columns of topic", column(c, "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'TOPIC' ORDER BY 1"));
            state.put("schemas", column(c, "SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA ORDER BY 1"));
            state.put("routines", column(c, "SELECT ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA = 'PUBLIC' ORDER BY 1"));
            state.put("triggers", column(c, "SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS ORDER BY 1"));
            state.put("users", column(c, "SELECT USER_NAME || ' admin=' || IS_ADMIN FROM INFORMATION_SCHEMA.USERS ORDER BY 1"));
            state.put("rights", column(c, "SELECT GRANTEE || ' ' || PRIVILEGE_TYPE || ' ' || TABLE_NAME FROM INFORMATION_SCHEMA.TABLE_PRIVILEGES"
                    + " WHERE GRANTEE = '" + H2Users.READER + "' ORDER BY 1"));
            state.put("settings", column(c, "SELECT SETTING_NAME || '=' || SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME NOT LIKE 'info.%' OR SETTING_NAME = 'info.CACHE_MAX_SIZE' ORDER BY 1"));
            state.put("admin session", sessionState(c));
        }
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            state.put("database files", files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        state.put("files written", Files.exists(dir.resolve("out")) ? List.of(dir.resolve("out").toFile().list()) : List.of());
        return state;
    }

    /** A session's own settings, as it sees them. */
    private static Map<String, Object> sessionState(Connection c) throws SQLException {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("settings", column(c, "SELECT SETTING_NAME || '=' || SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME IN ('QUERY_TIMEOUT', 'TIME ZONE', 'TRUNCATE_LARGE_LENGTH', 'VARIABLE_BINARY', 'NON_KEYWORDS', 'MODE') ORDER BY 1"));
        try (ResultSet rs = c.createStatement().executeQuery("SELECT CURRENT_SCHEMA, LOCK_TIMEOUT(), @pwned")) {
            rs.next();
            state.put("schema", rs.getString(1));
            state.put("lock timeout", rs.getInt(2));
            state.put("@pwned", rs.getString(3));
        }
        state.put("autocommit", c.getAutoCommit());
        state.put("isolation", c.getTransactionIsolation());
        return state;
    }

    Stream<Arguments> refused() {
        String secretPath = secret.toString();
        return Stream.of(
                // running Java and touching files
                "CREATE ALIAS PWNED AS 'String pwned(String s) { return s; }'",
                "CREATE ALIAS PWNED_ENV FOR \"java.lang.System.getenv(java.lang.String)\"",
                "CALL FILE_READ('" + secretPath + "')",
                "SELECT FILE_READ('" + secretPath + "', NULL)",
                "SELECT FILE_WRITE(X'00', '" + out("file-write.bin") + "')",
                "CALL CSVWRITE('" + out("x.csv") + "', 'SELECT * FROM topic')",
                "SELECT * FROM CSVREAD('" + secretPath + "')",
                "RUNSCRIPT FROM '" + script + "'",
                "SCRIPT TO '" + out("dump.sql") + "'",
                "SCRIPT",
                "BACKUP TO '" + out("backup.zip") + "'",
                "CREATE LINKED TABLE pwned_link('org.h2.Driver', 'jdbc:h2:mem:pwned', 'sa', '', 'TOPIC')",
                "CREATE TRIGGER pwned BEFORE INSERT ON topic FOR EACH ROW CALL 'java.lang.Object'",
                // writing rows
                "INSERT INTO topic (id, slug, label) VALUES (99, 'pwned', 'Pwned')",
                "UPDATE topic SET label = 'pwned'",
                "DELETE FROM topic",
                "MERGE INTO topic (id, slug, label) KEY (id) VALUES (1, 'pwned', 'Pwned')",
                "TRUNCATE TABLE \"flyway_schema_history\"",
                // the schema, users and rights
                "CREATE TABLE pwned (id INT)",
                "CREATE GLOBAL TEMPORARY TABLE pwned_global (id INT)",
                "DROP TABLE topic CASCADE",
                "ALTER TABLE topic ADD COLUMN pwned INT",
                "CREATE INDEX pwned_idx ON topic (label)",
                "CREATE VIEW pwned_view AS SELECT 1",
                "CREATE SEQUENCE pwned_seq",
                "CREATE SCHEMA pwned",
                "COMMENT ON TABLE topic IS 'pwned'",
                "CREATE USER pwned PASSWORD 'pwned'",
                "CREATE ROLE pwned",
                "ALTER USER SA SET PASSWORD 'pwned'",
                "ALTER USER " + H2Users.READER + " ADMIN TRUE",
                "GRANT INSERT ON topic TO " + H2Users.READER,
                "GRANT SELECT ON topic TO PUBLIC",
                "REVOKE SELECT ON SCHEMA PUBLIC FROM " + H2Users.READER,
                // the database itself
                "SHUTDOWN",
                "SHUTDOWN IMMEDIATELY",
                "SHUTDOWN COMPACT",
                "CHECKPOINT SYNC",
                "ANALYZE",
                "CALL ABORT_SESSION(1)",
                "CALL CANCEL_SESSION(1)",
                // database settings
                "SET DB_CLOSE_DELAY 10",
                "SET WRITE_DELAY 1000",
                "SET EXCLUSIVE 1",
                "SET CACHE_SIZE 1024",
                "SET MAX_MEMORY_ROWS 10",
                "SET MAX_OPERATION_MEMORY 1",
                "SET MAX_LENGTH_INPLACE_LOB 1",
                "SET MAX_LOG_SIZE 1",
                "SET TRACE_LEVEL_FILE 3",
                "SET TRACE_LEVEL_SYSTEM_OUT 3",
                "SET TRACE_MAX_FILE_SIZE 1",
                "SET ALLOW_LITERALS NONE",
                "SET MODE MySQL",
                "SET DEFAULT_LOCK_TIMEOUT 1",
                "SET DEFAULT_NULL_ORDERING HIGH",
                "SET DEFAULT_TABLE_TYPE MEMORY",
                "SET IGNORECASE TRUE",
                "SET IGNORE_CATALOGS TRUE",
                "SET COLLATION ENGLISH",
                "SET DATABASE COLLATION ENGLISH",
                "SET REFERENTIAL_INTEGRITY FALSE",
                "SET LOCK_MODE 0",
                "SET RETENTION_TIME 1",
                "SET QUERY_STATISTICS TRUE",
                "SET QUERY_STATISTICS_MAX_ENTRIES 1",
                "SET OPTIMIZE_REUSE_RESULTS 0",
                "SET BUILTIN_ALIAS_OVERRIDE TRUE",
                "SET AUTHENTICATOR FALSE",
                "SET CREATE_BUILD 1",
                "SET CLUSTER 'localhost:9092,localhost:9093'",
                "SET DATABASE_EVENT_LISTENER 'java.lang.Object'",
                "SET JAVA_OBJECT_SERIALIZER 'java.lang.Object'")
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void asTheReader_isRefusedForLackOfRights_andChangesNothing(String sql) throws Exception {
        Map<String, Object> before = databaseState();

        SQLException e;
        try (Connection reader = db.readOnlyConnection(); Statement st = reader.createStatement()) {
            e = assertThrows(SQLException.class, () -> st.execute(sql));
        }

        assertTrue(e.getErrorCode() == ADMIN_RIGHTS_REQUIRED || e.getErrorCode() == NOT_ENOUGH_RIGHTS,
                "refused for another reason than rights (a typo?): " + e.getErrorCode() + " " + e.getMessage());
        assertFalse(e.getMessage().contains("the secret"), e.getMessage());
        assertEquals(before, databaseState());
        assertTrue(db.readOnlyConnection().isValid(2), "the database is still open");
    }

    @Test
    void asTheReader_everyTableAndViewCanBeRead() throws Exception {
        List<String> objects;
        try (Connection c = admin()) {
            objects = column(c, "SELECT '\"' || TABLE_NAME || '\"' FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1");
        }

        List<String> read = new ArrayList<>();
        try (Connection reader = db.readOnlyConnection(); Statement st = reader.createStatement()) {
            for (String object : objects) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + object)) {
                    while (rs.next()) rs.getObject(1);
                    read.add(object);
                }
            }
        }

        assertTrue(objects.containsAll(List.of("\"TOPIC\"", "\"STATEMENT\"", "\"V_STATEMENT_TOPIC\"", "\"V_POSITION_MATRIX\"",
                "\"V_CONFLICT\"", "\"flyway_schema_history\"")), objects.toString());
        assertEquals(objects, read);
    }

    @Test
    void theReadOnlyConnection_isTheReader_withAutocommit() throws Exception {
        try (Connection reader = db.readOnlyConnection();
             ResultSet rs = reader.createStatement().executeQuery("SELECT CURRENT_USER, COUNT(*) FROM topic")) {
            rs.next();

            assertEquals(H2Users.READER, rs.getString(1));
            assertEquals(2, rs.getLong(2));
            assertTrue(reader.getAutoCommit());
        }
    }

    @Test
    void theReader_seesNoOtherUserAndNoOtherSession() throws Exception {
        try (Connection other = admin(); Connection reader = db.readOnlyConnection()) {
            other.createStatement().executeQuery("SELECT 1").close();

            assertEquals(List.of(H2Users.READER), column(reader, "SELECT USER_NAME FROM INFORMATION_SCHEMA.USERS"));
            assertEquals(List.of(H2Users.READER), column(reader, "SELECT USER_NAME FROM INFORMATION_SCHEMA.SESSIONS"));
        }
    }

    /**
     * What H2 lets every user do, the reader included. Each only changes the reader's own session:
     * an admin session sees the same before and after, and the reader's next session starts fresh.
     */
    Stream<Arguments> allowedForThisSessionOnly() {
        return Stream.of(
                "SET SCHEMA INFORMATION_SCHEMA",
                "SET SCHEMA_SEARCH_PATH INFORMATION_SCHEMA, PUBLIC",
                "SET AUTOCOMMIT FALSE",
                "SET QUERY_TIMEOUT 1000",
                "SET LOCK_TIMEOUT 77",
                "SET THROTTLE 5",
                "SET @pwned = 'pwned'",
                "SET TIME ZONE '+05:00'",
                "SET LAZY_QUERY_EXECUTION TRUE",
                "SET VARIABLE_BINARY TRUE",
                "SET TRUNCATE_LARGE_LENGTH TRUE",
                "SET NON_KEYWORDS VALUE",
                "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE",
                "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE",
                "SET CATALOG TRACKER",
                "SET BINARY_COLLATION SIGNED",
                "SET CLUSTER ''",
                "CREATE LOCAL TEMPORARY TABLE mine (id INT)")
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedForThisSessionOnly")
    void asTheReader_isAllowed_butOnlyChangesItsOwnSession(String sql) throws Exception {
        Map<String, Object> fresh;
        try (Connection reader = db.readOnlyConnection()) {
            fresh = sessionState(reader);
        }
        Map<String, Object> before = databaseState();

        try (Connection reader = db.readOnlyConnection(); Statement st = reader.createStatement()) {
            st.execute(sql);
            assertEquals(before, databaseState());
        }

        try (Connection next = db.readOnlyConnection()) {
            assertEquals(fresh, sessionState(next));
        }
    }

    @Test
    void aTemporaryTableOfTheReader_isVisibleToNoOtherSession() throws Exception {
        try (Connection reader = db.readOnlyConnection(); Connection other = admin()) {
            reader.createStatement().execute("CREATE LOCAL TEMPORARY TABLE mine (id INT)");
            reader.createStatement().execute("INSERT INTO mine VALUES (1)");

            assertThrows(SQLException.class, () -> other.createStatement().executeQuery("SELECT * FROM mine"));
        }
    }

    /** H2 checks no rights on sequences: the reader can draw from one. That leaves a gap in future ids, no row changes. */
    @Test
    void theReader_canDrawFromASequence_whichOnlyLeavesAGapInIds() throws Exception {
        long rows = scalar("SELECT COUNT(*) FROM statement");
        long before = scalar("SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = 'STATEMENT_SEQ'");

        try (Connection reader = db.readOnlyConnection()) {
            reader.createStatement().executeQuery("SELECT NEXT VALUE FOR statement_seq").close();
        }

        assertNotEquals(before, scalar("SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = 'STATEMENT_SEQ'"));
        assertEquals(rows, scalar("SELECT COUNT(*) FROM statement"));
    }

    /**
     * H2 lets every user change its own password. The tracker sets the reader's back from the
     * credentials file whenever it opens the database, and when a reader login is refused.
     */
    @Test
    void aReaderThatChangesItsOwnPassword_cannotLockTheTrackerOut() throws Exception {
        try (Connection reader = db.readOnlyConnection()) {
            reader.createStatement().execute("SET PASSWORD 'only-i-know'");
        }

        try (Connection again = db.readOnlyConnection()) {
            assertEquals(H2Users.READER, column(again, "SELECT CURRENT_USER").get(0));
        }
        String filed = H2Admin.credentials(dir.resolve("data/tracker").toString()).getProperty("reader.password");
        try (Connection byFile = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/tracker") + ";IFEXISTS=TRUE",
                H2Users.READER, filed)) {
            assertTrue(byFile.isValid(2));
        }
    }

    /** SELECT ... FOR UPDATE takes row locks, held until the reader's transaction ends (at once with autocommit on). */
    @Test
    void theReader_canLockRowsForItsTransaction_only() throws Exception {
        try (Connection reader = db.readOnlyConnection(); Connection other = admin()) {
            reader.createStatement().executeQuery("SELECT * FROM topic WHERE id = 1 FOR UPDATE").close();

            assertEquals(1, other.createStatement().executeUpdate("UPDATE topic SET label = label WHERE id = 1"));
            other.commit();
        }
    }

    @Test
    void aNewTableOfALaterMigration_isReadableWithoutAnotherGrant() throws Exception {
        try (Connection c = admin()) {
            c.createStatement().execute("CREATE TABLE later_migration (id INT)");
            c.createStatement().execute("CREATE VIEW later_view AS SELECT * FROM later_migration");
            c.commit();
        }

        try (Connection reader = db.readOnlyConnection()) {
            reader.createStatement().executeQuery("SELECT * FROM later_migration").close();
            reader.createStatement().executeQuery("SELECT * FROM later_view").close();
        } finally {
            try (Connection c = admin()) {
                c.createStatement().execute("DROP VIEW later_view");
                c.createStatement().execute("DROP TABLE later_migration");
                c.commit();
            }
        }
    }

    @Test
    void theReaderPassword_isNotTheAdminPassword_andTheAdminIsNotTheReader() throws Exception {
        var p = H2Admin.credentials(dir.resolve("data/tracker").toString());

        assertNotEquals(p.getProperty("admin.password"), p.getProperty("reader.password"));
        assertEquals("FALSE", text("SELECT IS_ADMIN FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = '" + H2Users.READER + "'"));
    }
}
