package org.positionstracker.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Where the tracker's database is, from the {@code --db} option: a path for an embedded H2 file
 * database, or a {@code jdbc:h2:} / {@code jdbc:postgresql:} URL.
 *
 * <p>User and password come from {@code TRACKER_DB_USER} / {@code TRACKER_DB_PASSWORD}. For H2
 * they default to {@code sa} and an empty password; for PostgreSQL an unset variable is left to
 * the driver ({@code user=} / {@code password=} in the URL, {@code ~/.pgpass}, the OS user name).
 *
 * <p>H2 URLs may not carry settings of their own (INIT=, RUNSCRIPT, ...): a settings string in a
 * URL can run arbitrary SQL when the database opens, so only the few harmless ones listed in
 * {@link #ALLOWED_H2_SETTINGS} pass.
 */
public record DatabaseLocation(String jdbcUrl, Path h2File, String user, String password) {
    public static final String DEFAULT_PATH = "./data/tracker";
    static final Set<String> ALLOWED_H2_SETTINGS = Set.of("IFEXISTS", "ACCESS_MODE_DATA", "DB_CLOSE_DELAY", "MODE");
    /**
     * Appended to every H2 URL: commits are written before the call returns, so a kill -9 after
     * "imported" loses nothing; and no .trace.db file, which would be created readable by all.
     */
    static final String H2_DURABILITY = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";

    public static DatabaseLocation parse(String spec) {
        if (spec == null || spec.isBlank()) spec = DEFAULT_PATH;
        String lower = spec.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:"))
            return new DatabaseLocation(spec, null, System.getenv("TRACKER_DB_USER"), System.getenv("TRACKER_DB_PASSWORD"));
        String user = envOr("TRACKER_DB_USER", "sa");
        String password = envOr("TRACKER_DB_PASSWORD", "");
        if (lower.startsWith("jdbc:h2:")) return new DatabaseLocation(checkedH2Url(spec) + H2_DURABILITY, null, user, password);
        if (lower.startsWith("jdbc:"))
            throw new IllegalArgumentException("--db " + spec + ": only jdbc:h2: and jdbc:postgresql: URLs are supported");
        if (spec.indexOf(';') >= 0 || spec.indexOf('\0') >= 0)
            throw new IllegalArgumentException("--db " + spec + ": a database path may not contain ';'");
        Path file = Path.of(spec).toAbsolutePath().normalize();
        return new DatabaseLocation("jdbc:h2:file:" + file + H2_DURABILITY, file, user, password);
    }

    private static String checkedH2Url(String url) {
        String[] parts = url.split(";");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) continue;
            String key = part.split("=", 2)[0].trim().toUpperCase(Locale.ROOT);
            if (!ALLOWED_H2_SETTINGS.contains(key))
                throw new IllegalArgumentException("--db " + url + ": the URL setting " + key + " is not allowed (allowed: " + String.join(", ", ALLOWED_H2_SETTINGS.stream().sorted().toList()) + ")");
        }
        return url;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** The folder of vendor-specific migrations: h2 or postgresql. */
    public String vendor() {
        return isH2() ? "h2" : "postgresql";
    }

    public boolean isH2() {
        return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    /**
     * The URL to show a person: for H2 what they would type into the console (the same database,
     * without our internal settings); for PostgreSQL the URL without a {@code password=} parameter.
     */
    public String displayUrl() {
        if (jdbcUrl.endsWith(H2_DURABILITY)) return jdbcUrl.substring(0, jdbcUrl.length() - H2_DURABILITY.length());
        return isH2() ? jdbcUrl : PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1password=***");
    }

    private static final java.util.regex.Pattern PASSWORD_PARAMETER =
            java.util.regex.Pattern.compile("([?&])password=[^&]*", java.util.regex.Pattern.CASE_INSENSITIVE);

    @Override
    public String toString() {
        return "DatabaseLocation[" + displayUrl() + (user == null ? "" : ", user " + user) + "]";
    }
}
