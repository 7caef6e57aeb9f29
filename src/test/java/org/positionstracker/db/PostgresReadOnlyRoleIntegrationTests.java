package org.positionstracker.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On PostgreSQL, a role made with the README's script (db/roles/postgresql-read-only-role.sql) and
 * given as TRACKER_DB_READER_USER can read everything and change nothing; without one, analysts'
 * SQL runs in a read-only session of the tracker's own user, which only guards against mistakes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresReadOnlyRoleIntegrationTests {
    /** PostgreSQL's SQLSTATE insufficient_privilege. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    /** PostgreSQL's SQLSTATE read_only_sql_transaction. */
    private static final String READ_ONLY_TRANSACTION = "25006";

    private final String reader = "reader_" + UUID.randomUUID().toString().substring(0, 8);
    private final String readerPassword = Credentials.newPassword();
    private final Path outside = Path.of("/tmp", "pwned-" + UUID.randomUUID());
    private Database db;
    private String databaseName;

    @BeforeAll
    void openDatabaseAndRunTheScript() throws Exception {
        DatabaseLocation location = EmbeddedPostgresServer.get().freshDatabase("readonly").withReader(reader, readerPassword);
        databaseName = location.jdbcUrl().substring(location.jdbcUrl().lastIndexOf('/') + 1);
        db = Database.open(location);
        try (Connection c = db.dataSource().getConnection()) {
            c.createStatement().executeUpdate("INSERT INTO topic (id, slug, label) VALUES (1, 'territory', 'Territory')");
            c.commit();
        }
        try (Connection admin = superuser(); Statement st = admin.createStatement()) {
            for (String statement : script()) st.execute(statement);
            // what "\password" does, interactively, in psql
            st.execute("ALTER ROLE \"" + reader + "\" PASSWORD '" + readerPassword + "'");
        }
    }

    @AfterAll
    void close() throws Exception {
        db.close();
        Files.deleteIfExists(outside);
    }

    private Connection superuser() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + EmbeddedPostgresServer.get().port() + "/" + databaseName, "postgres", "");
    }

    /** The script's statements, with psql's variables as psql -v reader=... -v owner=... would fill them in. */
    private List<String> script() throws Exception {
        String text = Files.readString(Path.of("db/roles/postgresql-read-only-role.sql"), StandardCharsets.UTF_8)
                .replace(":\"reader\"", "\"" + reader + "\"")
                .replace(":\"owner\"", "\"" + EmbeddedPostgresServer.ROLE + "\"")
                .replace(":\"DBNAME\"", "\"" + databaseName + "\"");
        String withoutComments = text.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
        assertFalse(withoutComments.contains(":\""), "a psql variable the test does not fill in: " + withoutComments);
        return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Map<String, Object> state() throws SQLException {
        Map<String, Object> state = new LinkedHashMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            state.put("topics", column(c, "SELECT slug || '=' || label FROM topic ORDER BY id"));
            state.put("tables", column(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"));
            state.put("columns of topic", column(c, "SELECT column_name FROM information_schema.columns WHERE table_name = 'topic' ORDER BY 1"));
            state.put("functions", column(c, "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1"));
            state.put("topic_seq", column(c, "SELECT last_value || ' ' || is_called FROM topic_seq"));
            c.commit();
        }
        state.put("file outside", Files.exists(outside));
        return state;
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values;
    }

    Stream<String> refused() {
        return Stream.of(
                "INSERT INTO topic (id, slug, label) VALUES (99, 'pwned', 'Pwned')",
                "UPDATE topic SET label = 'pwned'",
                "DELETE FROM topic",
                "TRUNCATE topic CASCADE",
                "DO $$ BEGIN INSERT INTO topic (id, slug, label) VALUES (98, 'pwned', 'Pwned'); END $$",
                "SELECT nextval('topic_seq')",
                "CREATE TABLE pwned (id int)",
                "CREATE VIEW pwned AS SELECT 1",
                "CREATE FUNCTION pwned() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                "DROP TABLE topic CASCADE",
                "ALTER TABLE topic ADD COLUMN pwned int",
                "CREATE ROLE pwned",
                "COPY topic TO PROGRAM 'touch " + outside + "'",
                "COPY topic TO '" + outside + "'",
                "COPY topic FROM '/etc/passwd'",
                "SELECT pg_read_file('/etc/passwd')",
                "SELECT pg_ls_dir('.')",
                "SELECT lo_import('/etc/passwd')",
                "ALTER SYSTEM SET work_mem = '1GB'",
                "SET SESSION AUTHORIZATION postgres",
                "SET ROLE " + EmbeddedPostgresServer.ROLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void asTheReadOnlyRole_isRefused_andChangesNothing(String sql) throws Exception {
        Map<String, Object> before = state();

        SQLException e;
        try (Connection c = db.readOnlyConnection(); Statement st = c.createStatement()) {
            e = assertThrows(SQLException.class, () -> st.execute(sql));
        }

        assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), "refused for another reason than privileges (a typo?): " + e.getMessage());
        assertEquals(before, state());
    }

    @Test
    void asTheReadOnlyRole_everyTableAndViewCanBeRead_alsoOnesMadeLater() throws Exception {
        try (Connection owner = db.dataSource().getConnection()) {
            owner.createStatement().execute("CREATE TABLE later_migration (id int)");
            owner.createStatement().execute("CREATE VIEW later_view AS SELECT * FROM later_migration");
            owner.commit();
        }
        List<String> objects;
        try (Connection c = db.dataSource().getConnection()) {
            objects = column(c, "SELECT quote_ident(table_name) FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
            c.commit();
        }

        List<String> read = new ArrayList<>();
        String user;
        try (Connection c = db.readOnlyConnection(); Statement st = c.createStatement()) {
            user = column(c, "SELECT current_user").get(0);
            for (String object : objects) {
                st.executeQuery("SELECT * FROM " + object).close();
                read.add(object);
            }
        }

        assertEquals(reader, user);
        assertTrue(objects.containsAll(List.of("topic", "v_conflict", "v_position_matrix", "v_statement_topic", "later_migration", "later_view")),
                objects.toString());
        assertEquals(objects, read);
    }

    /** Temporary tables: PostgreSQL grants TEMPORARY on every database to PUBLIC; they vanish with the session. */
    @Test
    void asTheReadOnlyRole_aTemporaryTableIsAllowed() throws Exception {
        try (Connection c = db.readOnlyConnection()) {
            c.createStatement().execute("CREATE TEMP TABLE mine (id int)");
            c.createStatement().execute("INSERT INTO mine VALUES (1)");
        }
    }

    @Test
    void withoutAReadOnlyRole_theTrackersOwnUserGetsAReadOnlySession_whichItCouldLift() throws Exception {
        DatabaseLocation ownUser = EmbeddedPostgresServer.get().freshDatabase("fallback");

        try (Database fallback = Database.open(ownUser); Connection c = fallback.readOnlyConnection()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> c.createStatement().executeUpdate("INSERT INTO topic (id, slug, label) VALUES (1, 'x', 'X')"));
            assertEquals(READ_ONLY_TRANSACTION, e.getSQLState(), e.getMessage());
            assertEquals(EmbeddedPostgresServer.ROLE, fallback.readerUser());
            assertTrue(c.getAutoCommit());

            c.createStatement().execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE");

            assertEquals(List.of("off"), column(c, "SHOW transaction_read_only"), "only a guard: the session can lift it");
        }
    }
}
