package org.positionstracker.db;

import java.util.Map;

/**
 * The words in which H2 and PostgreSQL differ in our DDL, as Flyway placeholders, so a migration
 * that differs only in them is one file in {@code db/migration/common} (from V13 on; see
 * db/migration/README.md). Each vendor defines every placeholder.
 */
final class MigrationPlaceholders {
    private static final Map<String, Map<String, String>> BY_VENDOR = Map.of(
            "h2", Map.of("text_type", "CLOB", "collate_c", ""),
            "postgresql", Map.of("text_type", "text", "collate_c", "COLLATE \"C\""));

    private MigrationPlaceholders() {
    }

    static Map<String, String> of(String vendor) {
        Map<String, String> placeholders = BY_VENDOR.get(vendor);
        if (placeholders == null) throw new IllegalArgumentException("no migration placeholders for the database vendor '" + vendor + "'");
        return placeholders;
    }
}
