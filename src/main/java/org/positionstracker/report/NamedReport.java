package org.positionstracker.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report file, parsed: its name (the file name without {@code .sql}), header, parameters (in the
 * order of the params CTE), the SQL text exactly as in the file ({@code sql}, which runs as is in
 * the H2 console with the defaults), and the same SQL with each default replaced by a JDBC
 * {@code ?} ({@code preparedSql}, whose placeholders are the parameters in order).
 *
 * @param source where the file came from: its path on disk, or "bundled" for a report inside the jar
 */
public record NamedReport(String name, String title, String description, String source,
                          List<ReportParameter> parameters, String sql, String preparedSql) {
    public NamedReport {
        parameters = List.copyOf(parameters);
        description = description == null ? "" : description;
    }

    /**
     * The value of every parameter, in order, from the values given on the command line and the
     * defaults. An empty given value means NULL (no filter). Null in the result is SQL NULL.
     *
     * @throws ReportException for a key the report does not declare, or a required parameter left out
     */
    public Map<String, String> bind(Map<String, String> given) {
        for (String key : given.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(key))) {
                throw new ReportException("report " + name + " has no parameter '" + key + "'; "
                        + (parameters.isEmpty() ? "it takes none"
                        : "its parameters: " + String.join(", ", parameters.stream().map(ReportParameter::name).toList())));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ReportParameter p : parameters) {
            String value = given.containsKey(p.name()) ? emptyToNull(given.get(p.name())) : p.defaultValue();
            if (value == null && p.required())
                throw new ReportException("report " + name + " needs --param " + p.name() + "=VALUE"
                        + (p.description().isEmpty() ? "" : " (" + p.description() + ")"));
            values.put(p.name(), value);
        }
        return values;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
