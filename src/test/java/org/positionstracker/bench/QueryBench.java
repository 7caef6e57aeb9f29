package org.positionstracker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Latency of the tracker's own query methods (what the CLI and any caller pay: transaction,
 * JDBC, mapping), and the EXPLAIN ANALYZE plan of every SQL statement each one sends.
 *
 * <p>The SQL is not written by hand: H2's trace file is switched on ({@code SET TRACE_LEVEL_FILE 3})
 * for one extra call of each query, and the statements actually sent are read back from
 * {@code NAME.trace.db} together with their bound parameter values; each SELECT is then run as
 * {@code EXPLAIN ANALYZE} with those values in place of its {@code ?} markers.
 */
final class QueryBench {
    record Settings(int warmupReps, int reps, double budgetSeconds) {
    }

    record Plan(String sql, String explain) {
    }

    record Latency(String name, int reps, double medianMs, double p95Ms, double minMs, double maxMs, String resultNote,
                   List<Plan> plans) {
    }

    /** A query to time: runs it once and says what it returned ("20 rows"). */
    record Query(String name, Supplier<String> run) {
    }

    private QueryBench() {
    }

    static Latency measure(Query q, Settings s, DataSource ds, Path h2File) {
        long warmEnd = System.nanoTime() + (long) (s.budgetSeconds() / 4 * 1e9);
        String note = null;
        for (int i = 0; i < s.warmupReps() && (i == 0 || System.nanoTime() < warmEnd); i++) note = q.run().get();
        List<Double> ms = new ArrayList<>();
        long end = System.nanoTime() + (long) (s.budgetSeconds() * 1e9);
        while (ms.size() < s.reps() && (ms.size() < 5 || System.nanoTime() < end)) {
            long t0 = System.nanoTime();
            note = q.run().get();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        List<Plan> plans = h2File == null ? List.of() : plans(q, ds, h2File);
        return new Latency(q.name(), sorted.length, percentile(sorted, 50), percentile(sorted, 95), sorted[0],
                sorted[sorted.length - 1], note, plans);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    // ------------------------------------------------------------------------------------------
    // Plans

    private static List<Plan> plans(Query q, DataSource ds, Path h2File) {
        Path trace = h2File.resolveSibling(h2File.getFileName() + ".trace.db");
        List<Plan> plans = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            long before = Files.exists(trace) ? Files.size(trace) : 0;
            st.execute("SET TRACE_LEVEL_FILE 3");
            try {
                q.run().get();
            } finally {
                st.execute("SET TRACE_LEVEL_FILE 0");
            }
            String log = Files.exists(trace) ? readFrom(trace, before) : "";
            Map<String, String> selects = new LinkedHashMap<>();
            for (TracedSql t : parseTrace(log)) {
                if (!t.sql.stripLeading().toLowerCase(Locale.ROOT).startsWith("select")) continue;
                selects.putIfAbsent(t.sql, inline(t.sql, t.params));
            }
            if (selects.isEmpty()) plans.add(new Plan("(no SQL found in " + trace + ", before=" + before + ", read " + log.length() + " chars: " + log.substring(0, Math.min(600, log.length())) + ")", ""));
            for (Map.Entry<String, String> e : selects.entrySet()) {
                String explain;
                try (ResultSet rs = st.executeQuery("EXPLAIN ANALYZE " + e.getValue())) {
                    StringBuilder b = new StringBuilder();
                    while (rs.next()) b.append(rs.getString(1)).append('\n');
                    explain = b.toString().strip();
                } catch (SQLException ex) {
                    explain = "EXPLAIN failed: " + ex.getMessage().lines().findFirst().orElse("");
                }
                plans.add(new Plan(shorten(e.getValue()), shorten(explain)));
            }
            c.rollback();
        } catch (SQLException | IOException e) {
            plans.add(new Plan("(could not capture the SQL: " + e + ")", ""));
        }
        return plans;
    }

    private static String readFrom(Path file, long offset) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int from = (int) Math.min(offset, all.length);
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }

    record TracedSql(String sql, List<String> params) {
    }

    private static final Pattern ENTRY = Pattern.compile("/\\*SQL([^*]*)\\*/");
    private static final Pattern LENGTH = Pattern.compile("\\bl:(\\d+)");

    /**
     * H2 trace entries look like {@code /*SQL l:123 #:20 t:3*&#47;SELECT ... {1: 52, 2: 'x'};}: the
     * l: value is the SQL's length, the braces hold the parameters as SQL literals.
     */
    static List<TracedSql> parseTrace(String log) {
        List<TracedSql> out = new ArrayList<>();
        Matcher m = ENTRY.matcher(log);
        while (m.find()) {
            int start = m.end();
            Matcher len = LENGTH.matcher(m.group(1));
            int end;
            if (len.find()) {
                end = Math.min(log.length(), start + Integer.parseInt(len.group(1)));
            } else {
                end = log.indexOf(';', start);
                if (end < 0) end = log.length();
            }
            String sql = log.substring(start, end);
            List<String> params = List.of();
            int i = end;
            while (i < log.length() && log.charAt(i) == ' ') i++;
            if (i < log.length() && log.charAt(i) == '{') params = parseParams(log, i + 1);
            out.add(new TracedSql(sql, params));
        }
        return out;
    }

    /** "1: 52, 2: 'it''s', 3: NULL}" -> [52, 'it''s', NULL] (literals kept as written). */
    private static List<String> parseParams(String s, int i) {
        List<String> out = new ArrayList<>();
        while (i < s.length()) {
            int colon = s.indexOf(':', i);
            if (colon < 0) break;
            int j = colon + 1;
            while (j < s.length() && s.charAt(j) == ' ') j++;
            StringBuilder v = new StringBuilder();
            boolean quoted = false;
            for (; j < s.length(); j++) {
                char ch = s.charAt(j);
                if (ch == '\'') {
                    quoted = !quoted;
                } else if (!quoted && (ch == ',' || ch == '}')) {
                    break;
                }
                v.append(ch);
            }
            out.add(v.toString().strip());
            if (j >= s.length() || s.charAt(j) == '}') break;
            i = j + 1;
        }
        return out;
    }

    /** The SQL with each ? outside string literals replaced by the next parameter literal. */
    static String inline(String sql, List<String> params) {
        StringBuilder b = new StringBuilder();
        int p = 0;
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') quoted = !quoted;
            if (ch == '?' && !quoted && p < params.size()) b.append(params.get(p++));
            else b.append(ch);
        }
        return b.toString();
    }

    private static final Pattern LONG_LIST = Pattern.compile("\\(((?:\\s*-?\\d+\\s*,){8,}\\s*-?\\d+\\s*)\\)");

    private static final Pattern CAST_BIGINT = Pattern.compile("CAST\\((-?\\d+) AS BIGINT\\)");

    /** CAST(52 AS BIGINT) written as 52, and IN lists of hundreds of ids shortened to their first values and a count. */
    static String shorten(String s) {
        Matcher m = LONG_LIST.matcher(CAST_BIGINT.matcher(s).replaceAll("$1"));
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String[] values = m.group(1).split(",");
            String head = String.join(",", Arrays.copyOf(values, 3)).strip();
            m.appendReplacement(b, Matcher.quoteReplacement("(" + head + ", ... " + values.length + " values)"));
        }
        m.appendTail(b);
        return b.toString();
    }
}
