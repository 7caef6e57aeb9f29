package org.positionstracker.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Flyway schema version ("12", "8.1"), compared part by part as numbers. Read commands compare
 * the database's latest successful migration with the newest one shipped on the class path, one
 * query instead of Flyway's full validation (which reads and checksums every migration script)
 * and Hibernate's (which reads the whole catalogue).
 */
record SchemaVersion(List<Integer> parts) implements Comparable<SchemaVersion> {
    private static final Pattern MIGRATION_FILE = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");
    private static final Pattern VERSION = Pattern.compile("\\d+(?:\\.\\d+)*");
    private static final Comparator<List<Integer>> BY_PARTS = (a, b) -> {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int c = Integer.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
            if (c != 0) return c;
        }
        return 0;
    };

    SchemaVersion {
        parts = List.copyOf(parts);
    }

    /** A version as Flyway writes it in its history table ("8.1"); empty for anything else. */
    static Optional<SchemaVersion> parse(String version) {
        if (version == null || !VERSION.matcher(version.strip()).matches()) return Optional.empty();
        return Optional.of(new SchemaVersion(Arrays.stream(version.strip().split("\\.")).map(Integer::valueOf).toList()));
    }

    @Override
    public int compareTo(SchemaVersion other) {
        return BY_PARTS.compare(parts, other.parts);
    }

    @Override
    public String toString() {
        return String.join(".", parts.stream().map(String::valueOf).toList());
    }

    /**
     * The newest versioned migration for this vendor ({@code h2} or {@code postgresql}) among the
     * scripts Flyway would run: {@code db/migration/common} and {@code db/migration/VENDOR} on the
     * class path, a folder (tests, the IDE) or the jar (the entries' names only; nothing is read).
     */
    static SchemaVersion newestShipped(String vendor) {
        return Stream.of("db/migration/common", "db/migration/" + vendor)
                .flatMap(SchemaVersion::scriptNames)
                .map(MIGRATION_FILE::matcher).filter(Matcher::matches)
                .map(m -> parse(m.group(1).replace('_', '.')).orElseThrow())
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("no migration scripts for " + vendor + " on the class path"));
    }

    private static Stream<String> scriptNames(String folder) {
        URL url = SchemaVersion.class.getClassLoader().getResource(folder);
        if (url == null) return Stream.empty();
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(true);
                String prefix = connection.getEntryName().endsWith("/") ? connection.getEntryName() : connection.getEntryName() + "/";
                return connection.getJarFile().stream().map(java.util.zip.ZipEntry::getName)
                        .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
                        .map(name -> name.substring(prefix.length()));
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.map(f -> f.getFileName().toString()).toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the migration scripts in " + url + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the migration scripts in " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * The newest version Flyway applied successfully to this database; empty when it has no
     * history table (a new database) or no successful migration. Any other failure (a damaged
     * file, a missing right) is thrown, for Flyway's own opening to report as it would.
     */
    static Optional<SchemaVersion> applied(Connection connection) throws SQLException {
        if (!hasHistoryTable(connection)) return Optional.empty();
        List<SchemaVersion> versions = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) parse(rs.getString(1)).ifPresent(versions::add);
        }
        return versions.stream().max(Comparator.naturalOrder());
    }

    /** Whether the connection's current schema has Flyway's history table (Flyway creates it there). */
    private static boolean hasHistoryTable(Connection connection) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "flyway_schema_history", null)) {
            return rs.next();
        }
    }
}
