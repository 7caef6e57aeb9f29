package org.positionstracker.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The little the queries need on top of JDBC: bind, map each row, page. SQL that runs unchanged on H2 and PostgreSQL. */
final class Sql {
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        List<T> result = new ArrayList<>();
        each(c, sql, rs -> result.add(row.map(rs)), params);
        return result;
    }

    static List<Long> longs(Connection c, String sql, Object... params) throws SQLException {
        return list(c, sql, rs -> rs.getLong(1), params);
    }

    static void each(Connection c, String sql, RowAction action, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) action.accept(rs);
            }
        }
    }

    /** "?, ?, ?" for an IN list of n values. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** The SQL standard's paging clause, which both databases read; limit 0 means no limit. */
    static String page(int offset, int limit) {
        return (offset > 0 ? " OFFSET " + offset + " ROWS" : "") + (limit > 0 ? " FETCH FIRST " + limit + " ROWS ONLY" : "");
    }

    /** A nullable integer column. */
    static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** A failed query, unchecked, with the database's own message. */
    static IllegalStateException failed(SQLException e) {
        return new IllegalStateException(e.getMessage(), e);
    }

    private Sql() {
    }
}
