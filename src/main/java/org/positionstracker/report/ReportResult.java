package org.positionstracker.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report returned: the report, the parameter values it ran with (null: NULL), the column
 * names and the rows. Values are Java values the renderers know: String, Boolean, a Number
 * (Integer, Long, BigDecimal, Double, ...), a java.time date or time, or null.
 */
public record ReportResult(NamedReport report, Map<String, String> parameters, List<String> columns, List<List<Object>> rows) {
    public ReportResult {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        columns = List.copyOf(columns);
        int width = columns.size();
        rows = rows.stream().map(r -> {
            if (r.size() != width) throw new IllegalArgumentException("a row has " + r.size() + " values for " + width + " columns");
            return Collections.unmodifiableList(new ArrayList<>(r));
        }).toList();
    }

    /** A value as text for a table cell or CSV field: "" for null, dates and times in ISO 8601, numbers in plain notation. */
    public static String text(Object value) {
        if (value == null) return "";
        if (value instanceof BigDecimal d) return d.toPlainString();
        return value.toString();
    }
}
