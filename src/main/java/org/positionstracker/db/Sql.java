package org.positionstracker.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The one read helper: a SELECT with its parameters bound in order, each row mapped to a value
 * (a record, mostly) by the caller; statements and result sets always closed. Used by the
 * queries, the overview, the network export and the name lookups. SQL that runs unchanged on H2
 * and PostgreSQL.
 */
public final class Sql {
    /** Maps the current row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Takes the current row. */
    @FunctionalInterface
    public interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        List<T> result = new ArrayList<>();
        each(c, sql, rs -> result.add(row.map(rs)), params);
        return result;
    }

    public static List<Long> longs(Connection c, String sql, Object... params) throws SQLException {
        return list(c, sql, rs -> rs.getLong(1), params);
    }

    /** The first row, if any. */
    public static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row.map(rs)) : Optional.empty();
        }
    }

    /** Every row in turn, without holding them all (fetched 1,000 at a time where the driver streams). */
    public static void each(Connection c, String sql, RowAction action, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) action.accept(rs);
            }
        }
    }

    /** "?, ?, ?" for an IN list of n values. */
    public static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** The SQL standard's paging clause, which both databases read; limit 0 means no limit. */
    public static String page(int offset, int limit) {
        return (offset > 0 ? " OFFSET " + offset + " ROWS" : "") + (limit > 0 ? " FETCH FIRST " + limit + " ROWS ONLY" : "");
    }

    /** A nullable integer column. */
    public static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** A failed query, unchecked, with the database's own message. */
    public static IllegalStateException failed(SQLException e) {
        return new IllegalStateException(e.getMessage(), e);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    private Sql() {
    }
}
