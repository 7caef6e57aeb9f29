package org.positionstracker.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The read helper: a SELECT with its parameters bound in order, each row turned into a value
 * (a record, mostly) by the caller. Statements and result sets are always closed.
 */
public final class Sql {
    /** Reads the current row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Takes the current row. */
    @FunctionalInterface
    public interface EachRow {
        void accept(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    public static <T> List<T> list(Connection c, String sql, Collection<?> parameters, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        forEach(c, sql, parameters, rs -> out.add(row.read(rs)));
        return out;
    }

    public static <T> Optional<T> first(Connection c, String sql, Collection<?> parameters, Row<T> row) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, parameters); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
        }
    }

    /** Every row in turn, fetched in batches, without holding them all. */
    public static void forEach(Connection c, String sql, Collection<?> parameters, EachRow each) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, parameters)) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) each.accept(rs);
            }
        }
    }

    /** "?, ?, ?" for an IN list of {@code n} values. */
    public static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static PreparedStatement prepare(Connection c, String sql, Collection<?> parameters) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            int i = 1;
            for (Object p : parameters) ps.setObject(i++, p);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
