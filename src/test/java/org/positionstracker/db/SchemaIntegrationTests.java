package org.positionstracker.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Flyway migrations for each database (common/ plus h2/ or postgresql/) build a schema that
 * Hibernate validates, with comments, indexed foreign keys and batch-sized sequences.
 * Catalog questions go through JDBC metadata so the same assertions hold on both databases.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class SchemaIntegrationTests {
    @Parameter
    Backend backend;

    private DatabaseLocation freshDatabase() {
        return backend.freshDatabase("schema");
    }

    @Test
    void flywayMigration_thenHibernateValidation_succeedOnAFreshDatabase() {
        DatabaseLocation location = freshDatabase();

        try (Database db = Database.open(location)) {

            assertTrue(db.migrationsApplied() >= 1, "migrations should run on a fresh database");
            assertTrue(db.emf().isOpen());
        }
    }

    @Test
    void reopeningMigratedDatabase_appliesNothing() {
        DatabaseLocation location = freshDatabase();
        try (Database first = Database.open(location)) {
            try (Database second = Database.open(location)) {

                assertEquals(0, second.migrationsApplied());
            }
        }
    }

    @Test
    void everyTableAndColumn_hasAComment() throws SQLException {
        List<String> uncommented = new ArrayList<>();

        try (Database db = Database.open(freshDatabase()); Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            List<String> tables = tables(c);
            assertEquals(11, tables.size(), tables.toString());
            try (ResultSet rs = md.getTables(null, c.getSchema(), "%", null)) {
                while (rs.next()) {
                    if (!tables.contains(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT))) continue;
                    if (blank(rs.getString("REMARKS"))) uncommented.add(rs.getString("TABLE_NAME"));
                }
            }
            try (ResultSet rs = md.getColumns(null, c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    if (!tables.contains(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT))) continue;
                    if (blank(rs.getString("REMARKS"))) uncommented.add(rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME"));
                }
            }
        }

        assertEquals(List.of(), uncommented);
    }

    @Test
    void reportingViews_existWithAComment_andQueryOnAnEmptyDatabase() throws SQLException {
        List<String> views = new ArrayList<>();
        try (Database db = Database.open(freshDatabase()); Connection c = db.dataSource().getConnection()) {
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "V_%", new String[] {"VIEW"})) {
                while (rs.next()) {
                    views.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    assertFalse(blank(rs.getString("REMARKS")), rs.getString("TABLE_NAME") + " has no comment");
                }
            }
            if (views.isEmpty()) { // PostgreSQL stores lower-case names
                try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "v\\_%", new String[] {"VIEW"})) {
                    while (rs.next()) {
                        views.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                        assertFalse(blank(rs.getString("REMARKS")), rs.getString("TABLE_NAME") + " has no comment");
                    }
                }
            }
            for (String view : List.of("v_statement_topic", "v_position_matrix", "v_conflict"))
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + view)) {
                    assertFalse(rs.next(), view);
                }
        }
        assertEquals(List.of("v_conflict", "v_position_matrix", "v_statement_topic"), views.stream().sorted().toList());
    }

    @Test
    void everyForeignKeyColumn_isIndexed() throws SQLException {
        List<String> unindexed = new ArrayList<>();
        int foreignKeys = 0;

        try (Database db = Database.open(freshDatabase()); Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            for (String table : tables(c)) {
                String name = catalogName(md, table);
                Set<String> leadingIndexColumns = new HashSet<>();
                try (ResultSet idx = md.getIndexInfo(null, c.getSchema(), name, false, false)) {
                    while (idx.next()) {
                        if (idx.getShort("ORDINAL_POSITION") == 1 && idx.getString("COLUMN_NAME") != null)
                            leadingIndexColumns.add(idx.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                try (ResultSet fks = md.getImportedKeys(null, c.getSchema(), name)) {
                    while (fks.next()) {
                        foreignKeys++;
                        String column = fks.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT);
                        if (!leadingIndexColumns.contains(column)) unindexed.add(table + "." + column);
                    }
                }
            }
        }

        assertEquals(List.of(), unindexed);
        assertEquals(11, foreignKeys, "foreign keys found");
    }

    @Test
    void sequences_incrementByTheEntitiesAllocationSize() throws SQLException {
        try (Database db = Database.open(freshDatabase()); Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT sequence_name, increment FROM information_schema.sequences WHERE sequence_schema = ?")) {
            ps.setString(1, c.getSchema());
            int count = 0;
            try (ResultSet seqs = ps.executeQuery()) {
                while (seqs.next()) {
                    count++;
                    assertEquals(50, seqs.getLong(2), seqs.getString(1));
                }
            }
            assertEquals(MappedEntities.all().size(), count);
        }
    }

    /**
     * ORDER BY on text goes by code point on both databases (Java's String order), so listings
     * come out in the same order: on PostgreSQL every character column is COLLATE "C" whatever
     * locale the database was created with.
     */
    @Test
    void textSortsByCodePoint_likeJavaStrings() throws SQLException {
        List<String> labels = List.of("analysts", "Zelenskyy", "Ukraine", "al-Sisi", "Élysée", "ukraine", "_x", "Ärzte", "10", "9", "a b", "ab");

        try (Database db = Database.open(freshDatabase()); Connection c = db.dataSource().getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO topic (id, slug, label) VALUES (?, ?, ?)")) {
                for (int i = 0; i < labels.size(); i++) {
                    insert.setLong(1, i + 1);
                    insert.setString(2, "t" + i);
                    insert.setString(3, labels.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            List<String> sorted = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT label FROM topic ORDER BY label")) {
                while (rs.next()) sorted.add(rs.getString(1));
            }
            c.rollback();

            assertEquals(labels.stream().sorted().toList(), sorted);
            if (backend == Backend.POSTGRESQL) {
                List<String> notC = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("""
                        SELECT table_name, column_name, collation_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND table_name <> 'flyway_schema_history'
                          AND data_type IN ('character varying', 'character', 'text')""")) {
                    while (rs.next()) {
                        if (!"C".equals(rs.getString(3))) notC.add(rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3));
                    }
                }
                assertEquals(List.of(), notC);
            }
        }
    }

    /**
     * article.body (CLOB on H2, text on PostgreSQL) keeps a large text exactly, BOM, CRLF and
     * emoji included: written with JDBC as the importer does, read back with JDBC and through
     * the Hibernate mapping.
     */
    @Test
    void articleBody_roundTripsExactly() throws SQLException {
        String body = "\uFEFFTitle\r\n" + "Caf\u00e9 \uD83D\uDE00 \u2014 \"quoted\" words.\n".repeat(40_000);

        try (Database db = Database.open(freshDatabase())) {
            try (Connection c = db.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO article (id, file_name, source_path, content_hash, body, body_length, extractor_version, imported_at)
                    VALUES (1, 'big.txt', 'in/big.txt', ?, ?, ?, 'test', ?)""")) {
                insert.setString(1, "ab".repeat(32));
                insert.setString(2, body);
                insert.setInt(3, body.length());
                insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
                c.commit();
            }
            try (Connection c = db.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT body, body_length, content_hash FROM article")) {
                assertTrue(rs.next());
                assertEquals(body, rs.getString(1));
                assertEquals(body.length(), rs.getInt(2));
                assertEquals("ab".repeat(32), rs.getString(3));
            }
            String read = db.transactions().read(em -> em.createQuery("select a.body from Article a", String.class).getSingleResult());
            assertEquals(body, read);
        }
    }

    /** The tracker's tables, lower case, without Flyway's history table. */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (("TABLE".equals(type) || "BASE TABLE".equals(type)) && !name.equals("flyway_schema_history")) tables.add(name);
            }
        }
        return tables;
    }

    /** A table name as the catalog stores it: upper case on H2, lower case on PostgreSQL. */
    private static String catalogName(DatabaseMetaData md, String table) throws SQLException {
        return md.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
