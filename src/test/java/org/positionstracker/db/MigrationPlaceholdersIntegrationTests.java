package org.positionstracker.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** One migration file with ${text_type} and ${collate_c} makes each database's own column types and collation. */
@ParameterizedClass
@EnumSource(Backend.class)
class MigrationPlaceholdersIntegrationTests {
    @Parameter
    Backend backend;

    @Test
    void placeholderMigration_givesEachVendorItsTextTypeAndCollation() throws Exception {
        DatabaseLocation location = backend.freshDatabase("placeholders");

        List<String> columns = new ArrayList<>();
        try (Database db = Database.open(location)) {
            Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/placeholder-probe").table("placeholder_probe_history")
                    .baselineOnMigrate(true).baselineVersion("0").placeholders(MigrationPlaceholders.of(location.vendor())).load().migrate();
            try (Connection c = db.dataSource().getConnection(); PreparedStatement q = c.prepareStatement(location.isH2()
                    ? "SELECT column_name, data_type, '' FROM information_schema.columns WHERE LOWER(table_name) = 'placeholder_probe' ORDER BY ordinal_position"
                    : "SELECT column_name, data_type, collation_name FROM information_schema.columns WHERE table_name = 'placeholder_probe' ORDER BY ordinal_position");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) columns.add(rs.getString(1).toLowerCase() + " " + rs.getString(2).toLowerCase() + " " + rs.getString(3));
            }
        }

        assertEquals(location.isH2() ? List.of("note character large object ", "name character varying ")
                : List.of("note text C", "name character varying C"), columns);
    }
}
