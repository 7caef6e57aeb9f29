package org.positionstracker.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Analysts' connections to PostgreSQL. Roles are the server administrator's business: with
 * {@code TRACKER_DB_READER_USER} (and its password) set, they log in as that role, whose rights
 * the server enforces; without, they log in as the tracker's own user in a session whose
 * transactions are read-only, which guards against mistakes but not against intent (the session
 * may switch itself back with {@code SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE}).
 */
final class PostgresReader {
    private PostgresReader() {
    }

    static Connection connect(DatabaseLocation location) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", "positions-tracker (read-only)");
        String url = location.jdbcUrl();
        if (location.readerUser() != null) {
            url = location.jdbcUrlWithoutCredentials();
            properties.setProperty("user", location.readerUser());
            if (location.readerPassword() != null) properties.setProperty("password", location.readerPassword());
        } else {
            if (location.user() != null) properties.setProperty("user", location.user());
            if (location.password() != null) properties.setProperty("password", location.password());
        }
        Connection c = DriverManager.getConnection(url, properties);
        try {
            c.setAutoCommit(true);
            if (location.readerUser() == null) {
                // The driver's setReadOnly(true) does nothing while autocommit is on (its default
                // readOnlyMode=transaction), so the session is made read-only explicitly.
                try (Statement st = c.createStatement()) {
                    st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                }
            }
            c.setReadOnly(true);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }
}
