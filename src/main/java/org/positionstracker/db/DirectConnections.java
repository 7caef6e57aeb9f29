package org.positionstracker.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections straight from the JDBC driver, a new one for each call, with autocommit off as the
 * pool gives them. For commands that only read, which use one or two connections in all: the pool
 * (HikariCP, and the logging it starts) would be a fifth of their start-up time.
 */
final class DirectConnections implements DataSource {
    private final String url;
    private final Properties properties = new Properties();

    DirectConnections(DatabaseLocation location, String user, String password) {
        this.url = location.jdbcUrl();
        if (user != null) properties.setProperty("user", user);
        if (password != null) properties.setProperty("password", password);
        if (!location.isH2()) properties.setProperty("ApplicationName", "positions-tracker");
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = DriverManager.getConnection(url, properties);
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the tracker's connections log in as the user they were made for");
    }

    @Override
    public PrintWriter getLogWriter() {
        return DriverManager.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        DriverManager.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging here");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) return type.cast(this);
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
