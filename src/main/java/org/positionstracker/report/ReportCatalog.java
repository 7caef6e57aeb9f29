package org.positionstracker.report;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The named reports: the {@code .sql} files in {@code db/reports/} inside the jar, and those in a
 * folder on disk ({@code ./db/reports} unless told otherwise), where users add their own. A file
 * on disk wins over the bundled file of the same name, so a bundled report can be changed without
 * rebuilding (as the codebook can).
 */
public final class ReportCatalog {
    /** Where the project keeps its editable reports, relative to the working directory. */
    public static final Path PROJECT_REPORTS = Path.of("db", "reports");
    private static final String BUNDLED = "/db/reports";
    private static final String SUFFIX = ".sql";

    private final Path folder;

    /** @param folder the folder of report files on disk; need not exist */
    public ReportCatalog(Path folder) {
        this.folder = folder;
    }

    /** The bundled reports and those in {@code ./db/reports}. */
    public static ReportCatalog standard() {
        return new ReportCatalog(PROJECT_REPORTS);
    }

    private record Location(String name, Path file, String resource) {
        String shown() {
            return file != null ? file.toString() : "bundled " + resource.substring(1);
        }
    }

    /** Every report's name, sorted. */
    public List<String> names() {
        return List.copyOf(locations().keySet());
    }

    /**
     * The report of this name (a trailing {@code .sql} is allowed).
     *
     * @throws ReportException for an unknown name (listing the known ones) or a file that is not a valid report
     */
    public NamedReport load(String name) {
        String key = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        SortedMap<String, Location> all = locations();
        Location location = all.get(key);
        if (location == null)
            throw new ReportException("unknown report '" + name + "'; available: " + String.join(", ", all.keySet()));
        return read(location);
    }

    /** Every report, parsed, sorted by name. */
    public List<NamedReport> loadAll() {
        List<NamedReport> reports = new ArrayList<>();
        for (Location location : locations().values()) reports.add(read(location));
        return reports;
    }

    private SortedMap<String, Location> locations() {
        SortedMap<String, Location> all = new TreeMap<>();
        for (String name : bundledNames()) all.put(name, new Location(name, null, BUNDLED + "/" + name + SUFFIX));
        if (folder != null && Files.isDirectory(folder)) {
            for (Path file : sqlFiles(folder)) {
                String name = stem(file);
                all.put(name, new Location(name, file, null));
            }
        }
        return all;
    }

    private static NamedReport read(Location location) {
        byte[] bytes;
        try {
            if (location.file() != null) {
                bytes = Files.readAllBytes(location.file());
            } else {
                try (InputStream in = ReportCatalog.class.getResourceAsStream(location.resource())) {
                    if (in == null) throw new IllegalStateException(location.shown() + " is missing from the jar");
                    bytes = in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new ReportException(location.shown() + ": cannot read the report file: " + e.getMessage(), e);
        }
        return ReportFileParser.parse(location.name(), location.shown(), utf8(bytes, location.shown()));
    }

    private static String utf8(byte[] bytes, String shown) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ReportException(shown + ": not UTF-8 text; save the report file as UTF-8");
        }
    }

    private static List<Path> sqlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ReportException(dir + ": cannot list the report folder: " + e.getMessage(), e);
        }
    }

    private static String stem(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - SUFFIX.length());
    }

    /** The names of the reports inside the jar (or target/classes, when run from the build). */
    private static List<String> bundledNames() {
        URL url = ReportCatalog.class.getResource(BUNDLED);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        return names(jar.getPath(BUNDLED));
                    }
                } catch (FileSystemAlreadyExistsException e) {
                    return names(FileSystems.getFileSystem(uri).getPath(BUNDLED));
                }
            }
            return names(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the bundled reports at " + url, e);
        }
    }

    private static List<String> names(Path dir) {
        return sqlFiles(dir).stream().map(ReportCatalog::stem).toList();
    }
}
