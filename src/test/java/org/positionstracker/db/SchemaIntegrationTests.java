package org.positionstracker.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SchemaIntegrationTests {

    private static DatabaseLocation freshMemoryDatabase() {
        return DatabaseLocation.parse("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void flywayMigration_thenHibernateValidation_succeedOnFreshH2() {
        DatabaseLocation location = freshMemoryDatabase();

        try (Database db = Database.open(location)) {

            assertTrue(db.migrationsApplied() >= 1, "migrations should run on a fresh database");
            assertTrue(db.emf().isOpen());
        }
    }

    @Test
    void reopeningMigratedDatabase_appliesNothing() {
        DatabaseLocation location = freshMemoryDatabase();
        try (Database first = Database.open(location)) {
            try (Database second = Database.open(location)) {

                assertEquals(0, second.migrationsApplied());
            }
        }
    }

    @Test
    void everyTableAndColumn_hasAComment() throws SQLException {
        DatabaseLocation location = freshMemoryDatabase();
        List<String> uncommented = new ArrayList<>();

        try (Database db = Database.open(location); Connection c = db.dataSource().getConnection();
             ResultSet tables = c.createStatement().executeQuery(
                     "SELECT table_name, remarks FROM information_schema.tables WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'");
             ) {
            while (tables.next()) {
                if (tables.getString(2) == null || tables.getString(2).isBlank()) uncommented.add(tables.getString(1));
            }
            try (ResultSet columns = c.createStatement().executeQuery(
                    "SELECT table_name, column_name, remarks FROM information_schema.columns WHERE table_schema = 'PUBLIC' AND table_name <> 'flyway_schema_history'")) {
                while (columns.next()) {
                    if (columns.getString(3) == null || columns.getString(3).isBlank())
                        uncommented.add(columns.getString(1) + "." + columns.getString(2));
                }
            }
        }

        assertEquals(List.of(), uncommented);
    }

    @Test
    void everyForeignKeyColumn_isIndexed() throws SQLException {
        DatabaseLocation location = freshMemoryDatabase();
        List<String> unindexed = new ArrayList<>();

        try (Database db = Database.open(location); Connection c = db.dataSource().getConnection();
             ResultSet fks = c.createStatement().executeQuery("""
                     SELECT kcu.table_name, kcu.column_name FROM information_schema.referential_constraints rc
                     JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name
                     WHERE kcu.table_schema = 'PUBLIC'""")) {
            while (fks.next()) {
                try (ResultSet idx = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM information_schema.index_columns WHERE table_name = '" + fks.getString(1)
                                + "' AND column_name = '" + fks.getString(2) + "' AND ordinal_position = 1")) {
                    idx.next();
                    if (idx.getInt(1) == 0) unindexed.add(fks.getString(1) + "." + fks.getString(2));
                }
            }
        }

        assertEquals(List.of(), unindexed);
    }

    @Test
    void sequences_incrementByTheEntitiesAllocationSize() throws SQLException {
        DatabaseLocation location = freshMemoryDatabase();

        try (Database db = Database.open(location); Connection c = db.dataSource().getConnection();
             ResultSet seqs = c.createStatement().executeQuery(
                     "SELECT sequence_name, increment FROM information_schema.sequences WHERE sequence_schema = 'PUBLIC'")) {
            int count = 0;
            while (seqs.next()) {
                count++;
                assertEquals(50, seqs.getLong(2), seqs.getString(1));
            }
            assertEquals(Database.ENTITIES.size(), count);
        }
    }

    @Test
    void urlSettingsThatRunSql_areRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseLocation.parse("jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://example.invalid/x.sql'"));

        assertTrue(e.getMessage().contains("INIT"), e.getMessage());
    }
}
