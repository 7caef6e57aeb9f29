package org.positionstracker.report;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Runs a report on a connection, every parameter bound as a JDBC parameter. */
public final class ReportRunner {
    private ReportRunner() {
    }

    /**
     * Runs the report with the given parameter values (missing ones take their defaults). The
     * connection is the caller's: it is neither committed nor closed.
     *
     * @throws ReportException for an unknown or missing parameter, or SQL the database refuses
     *         (a bad value such as a date that is not a date, or an error in a user's report file)
     */
    public static ReportResult run(NamedReport report, Map<String, String> given, Connection connection) {
        Map<String, String> values = report.bind(given);
        try (PreparedStatement query = connection.prepareStatement(report.preparedSql())) {
            int index = 1;
            for (String value : values.values()) {
                // Strings throughout: the params CTE's CAST(? AS type) turns each into its type, on H2 and PostgreSQL alike.
                if (value == null) query.setNull(index++, Types.VARCHAR);
                else query.setString(index++, value);
            }
            query.setFetchSize(500);
            try (ResultSet rs = query.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = columnNames(meta);
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) row.add(value(rs, meta, i));
                    rows.add(row);
                }
                return new ReportResult(report, values, columns, rows);
            }
        } catch (SQLException e) {
            throw new ReportException("report " + report.name() + " (" + report.source() + "): the database refused it: "
                    + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Column labels; H2 upper-cases unquoted names, PostgreSQL lower-cases them, so an all upper
     * case label is lower-cased to read the same on both. A repeated label gets a _2, _3 suffix.
     */
    private static List<String> columnNames(ResultSetMetaData meta) throws SQLException {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String label = meta.getColumnLabel(i);
            if (label.equals(label.toUpperCase(Locale.ROOT))) label = label.toLowerCase(Locale.ROOT);
            String name = label;
            for (int n = 2; !seen.add(name); n++) name = label + "_" + n;
            names.add(name);
        }
        return names;
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? null : java.util.HexFormat.of().formatHex(bytes);
    }

    private static Object value(ResultSet rs, ResultSetMetaData meta, int i) throws SQLException {
        Object value = switch (meta.getColumnType(i)) {
            case Types.DATE -> rs.getObject(i, LocalDate.class);
            case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
            case Types.TIME -> rs.getObject(i, LocalTime.class);
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> rs.getString(i);
            // Never rs.getObject on these: a JAVA_OBJECT value would be deserialized inside the tracker.
            case Types.JAVA_OBJECT, Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> hex(rs.getBytes(i));
            case Types.OTHER, Types.STRUCT -> rs.getString(i);
            default -> rs.getObject(i);
        };
        if (value == null) return null;
        if (value instanceof Clob clob) return clob.getSubString(1, (int) clob.length());
        if (value instanceof String || value instanceof Boolean || value instanceof Number || value instanceof Temporal) return value;
        if (value instanceof java.sql.Array array) return Arrays.asList((Object[]) array.getArray()).toString();
        if (value instanceof byte[] bytes) return HexFormat.of().formatHex(bytes);
        return value.toString();
    }

    private static String firstLine(String message) {
        if (message == null) return "no message";
        int nl = message.indexOf('\n');
        String line = (nl < 0 ? message : message.substring(0, nl)).strip();
        // H2 ends the line with "; SQL statement:" and puts the whole statement on the lines below.
        return line.endsWith("; SQL statement:") ? line.substring(0, line.length() - "; SQL statement:".length()) : line;
    }
}
