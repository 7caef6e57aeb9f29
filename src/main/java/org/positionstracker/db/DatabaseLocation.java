package org.positionstracker.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the tracker's database is, from the {@code --db} option: a path for an embedded H2 file
 * database, or a {@code jdbc:h2:} / {@code jdbc:postgresql:} URL.
 *
 * <p>User and password come from {@code TRACKER_DB_USER} / {@code TRACKER_DB_PASSWORD}. For H2
 * the user defaults to {@code sa}; a {@code null} password means "not given": the tracker then
 * keeps the admin's password in a credentials file beside the database (see {@link H2Users}).
 * For PostgreSQL an unset variable is left to the driver ({@code user=} / {@code password=} in
 * the URL, {@code ~/.pgpass}, the OS user name), and {@code TRACKER_DB_READER_USER} /
 * {@code TRACKER_DB_READER_PASSWORD} name the read-only role analysts' SQL runs as.
 *
 * <p>H2 URLs may not carry settings of their own (INIT=, RUNSCRIPT, ...): a settings string in a
 * URL can run arbitrary SQL when the database opens, so only the few harmless ones listed in
 * {@link #ALLOWED_H2_SETTINGS} pass.
 */
public record DatabaseLocation(String jdbcUrl, Path h2File, String user, String password, String readerUser, String readerPassword) {
    public static final String DEFAULT_PATH = "./data/tracker";
    static final Set<String> ALLOWED_H2_SETTINGS = Set.of("IFEXISTS", "ACCESS_MODE_DATA", "DB_CLOSE_DELAY", "MODE");
    /**
     * Appended to every H2 URL: commits are written before the call returns, so a kill -9 after
     * "imported" loses nothing; no .trace.db file, which would be created readable by all; and H2
     * does not close the database from its own shutdown hook, so that on Ctrl-C or SIGTERM an
     * import can still finish its open commit and report before the tracker closes it.
     */
    static final String H2_DURABILITY = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE";

    /** A location without a separate read-only login (H2 makes its own; PostgreSQL falls back to a read-only session). */
    public DatabaseLocation(String jdbcUrl, Path h2File, String user, String password) {
        this(jdbcUrl, h2File, user, password, null, null);
    }

    public static DatabaseLocation parse(String spec) {
        if (spec == null || spec.isBlank()) spec = DEFAULT_PATH;
        String lower = spec.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:"))
            return new DatabaseLocation(spec, null, System.getenv("TRACKER_DB_USER"), System.getenv("TRACKER_DB_PASSWORD"),
                    System.getenv("TRACKER_DB_READER_USER"), System.getenv("TRACKER_DB_READER_PASSWORD"));
        String user = envOr("TRACKER_DB_USER", "sa");
        String password = System.getenv("TRACKER_DB_PASSWORD");
        if (lower.startsWith("jdbc:h2:")) return new DatabaseLocation(checkedH2Storage(checkedH2Url(spec)) + H2_DURABILITY, null, user, password);
        if (lower.startsWith("jdbc:"))
            throw new IllegalArgumentException("--db " + spec + ": only jdbc:h2: and jdbc:postgresql: URLs are supported");
        if (spec.indexOf(';') >= 0 || spec.indexOf('\0') >= 0)
            throw new IllegalArgumentException("--db " + spec + ": a database path may not contain ';'");
        Path file = Path.of(spec).toAbsolutePath().normalize();
        return new DatabaseLocation("jdbc:h2:file:" + file + H2_DURABILITY, file, user, password);
    }

    /** The same location, with analysts' SQL run as this (read-only) user. */
    public DatabaseLocation withReader(String readerUser, String readerPassword) {
        return new DatabaseLocation(jdbcUrl, h2File, user, password, readerUser, readerPassword);
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

    /**
     * Refuses H2 storage the tracker cannot protect: every form is a local file (which gets the
     * credentials file and owner-only permissions), memory, or a server; anything else (zip:,
     * encrypt:, rec:, a misspelt prefix that H2 would take for a folder name) is refused.
     */
    private static String checkedH2Storage(String url) {
        String name = h2Name(url);
        if (isServer(name) || isMemory(name)) return url;
        Matcher scheme = STORAGE_PREFIX.matcher(afterLocalFileSystems(name));
        if (scheme.lookingAt())
            throw new IllegalArgumentException("--db " + url + ": the H2 storage " + scheme.group() + " is not supported; use a path,"
                    + " jdbc:h2:file:PATH (or nio:, nioMapped:, async:, retry:, split:), jdbc:h2:mem:NAME or jdbc:h2:tcp://HOST/PATH");
        return url;
    }

    /** The database name of a {@code jdbc:h2:} URL: what follows {@code jdbc:h2:}, without settings. */
    private static String h2Name(String url) {
        int semicolon = url.indexOf(';');
        return (semicolon < 0 ? url : url.substring(0, semicolon)).substring("jdbc:h2:".length());
    }

    private static boolean isServer(String name) {
        return name.startsWith("tcp:") || name.startsWith("ssl:");
    }

    private static boolean isMemory(String name) {
        return name.equals(".") || name.startsWith("mem:") || MEMORY_FILE_SYSTEMS.matcher(afterLocalFileSystems(name)).lookingAt();
    }

    /** The name without the prefixes of H2's file systems that keep a database in ordinary files: the path of those files. */
    private static String afterLocalFileSystems(String name) {
        Matcher m = LOCAL_FILE_SYSTEMS.matcher(name);
        return m.lookingAt() ? name.substring(m.end()) : name;
    }

    /**
     * H2's file systems (case matters to H2) that store NAME.mv.db as ordinary files on this machine,
     * nested as in {@code split:nio:/x}; split: also makes NAME.mv.db.1.part, ... beside it.
     */
    private static final Pattern LOCAL_FILE_SYSTEMS = Pattern.compile("(?:(?:file|nio|nioMapped|async|retry):|split:(?:\\d+:)?)*");
    /** H2's file systems in this JVM's memory. */
    private static final Pattern MEMORY_FILE_SYSTEMS = Pattern.compile("(?:memFS|memLZF|nioMemFS|nioMemLZF):");

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** H2: the URL opens an existing database only ({@code ACCESS_MODE_DATA=r} or {@code IFEXISTS=TRUE}); the setting, else empty. */
    Optional<String> h2OpensExistingOnly() {
        if (!isH2()) return Optional.empty();
        return java.util.Arrays.stream(jdbcUrl.split(";")).skip(1).map(String::strip)
                .filter(p -> p.equalsIgnoreCase("ACCESS_MODE_DATA=r") || p.equalsIgnoreCase("IFEXISTS=TRUE"))
                .findFirst();
    }

    /** The folder of vendor-specific migrations: h2 or postgresql. */
    public String vendor() {
        return isH2() ? "h2" : "postgresql";
    }

    public boolean isH2() {
        return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    /** H2: the URL without settings, e.g. {@code jdbc:h2:file:/x/tracker} or {@code jdbc:h2:mem:test}. */
    String h2BaseUrl() {
        int semicolon = jdbcUrl.indexOf(';');
        return semicolon < 0 ? jdbcUrl : jdbcUrl.substring(0, semicolon);
    }

    /**
     * H2: the database's file path without {@code .mv.db} when it is a file on this machine
     * ({@code --db PATH}, {@code jdbc:h2:file:PATH}, {@code jdbc:h2:PATH}); empty for in-memory,
     * server ({@code tcp:}, {@code ssl:}) and other file-system-prefixed URLs.
     */
    Optional<Path> h2LocalFile() {
        if (h2File != null) return Optional.of(h2File);
        if (!isH2()) return Optional.empty();
        String name = h2Name(jdbcUrl);
        if (isServer(name) || isMemory(name)) return Optional.empty();
        String path = afterLocalFileSystems(name);
        if (path.startsWith("~")) path = System.getProperty("user.home") + path.substring(1);
        return Optional.of(Path.of(path).toAbsolutePath().normalize());
    }

    /** zip:, encrypt:, ... (two letters or more, so a Windows drive C: is a path). */
    private static final Pattern STORAGE_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9]+:");

    /** H2 in memory ({@code jdbc:h2:mem:}, {@code memFS:}, ...): the database lives as long as this JVM (or less). */
    boolean isH2InMemory() {
        return isH2() && isMemory(h2Name(jdbcUrl));
    }

    /** PostgreSQL: the URL without {@code user=} and {@code password=} parameters, for logging in as someone else. */
    String jdbcUrlWithoutCredentials() {
        int question = jdbcUrl.indexOf('?');
        if (question < 0) return jdbcUrl;
        String kept = java.util.Arrays.stream(jdbcUrl.substring(question + 1).split("&"))
                .filter(p -> !p.isEmpty() && !CREDENTIAL_PARAMETER.matcher(p).lookingAt())
                .collect(java.util.stream.Collectors.joining("&"));
        return jdbcUrl.substring(0, question) + (kept.isEmpty() ? "" : "?" + kept);
    }

    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile("(?:user|password)(?:=|$)", Pattern.CASE_INSENSITIVE);

    /**
     * The URL to show a person: for H2 what they would type into the console (the same database,
     * without our internal settings); for PostgreSQL the URL without a {@code password=} parameter.
     */
    public String displayUrl() {
        if (jdbcUrl.endsWith(H2_DURABILITY)) return jdbcUrl.substring(0, jdbcUrl.length() - H2_DURABILITY.length());
        return isH2() ? jdbcUrl : PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1password=***");
    }

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("([?&])password=[^&]*", Pattern.CASE_INSENSITIVE);

    @Override
    public String toString() {
        return "DatabaseLocation[" + displayUrl() + (user == null ? "" : ", user " + user)
                + (readerUser == null ? "" : ", reader " + readerUser) + "]";
    }
}
