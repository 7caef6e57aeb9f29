package org.positionstracker.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who has an H2 file database open. H2 locks the file but does not say by whom, so each process
 * that opens it writes a small {@code NAME.owner} note beside it (pid, command, since when) and
 * removes it on close; a process refused by the lock reads the note to say who holds it.
 * Also keeps the database's files readable by their owner only.
 */
final class DatabaseOwner {
    private DatabaseOwner() {
    }

    static Path noteFor(Path h2File) {
        return h2File.resolveSibling(h2File.getFileName() + ".owner");
    }

    static void claim(Path h2File) {
        String command = System.getProperty("sun.java.command", "java");
        if (command.length() > 200) command = command.substring(0, 200) + "...";
        String note = "pid " + ProcessHandle.current().pid() + " (" + command + ") since "
                + OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        Path file = noteFor(h2File);
        try {
            // A new file, never through whatever is there already: a link planted as NAME.owner
            // would make us write into its target.
            Files.deleteIfExists(file);
            try (var channel = Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
                channel.write(StandardCharsets.UTF_8.encode(note + System.lineSeparator()));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // only a courtesy for other processes' error messages; the lock itself is H2's
        }
        restrictToOwner(h2File);
    }

    static void release(Path h2File) {
        try {
            Files.deleteIfExists(noteFor(h2File));
        } catch (IOException e) {
            // a stale note is only read when the database is locked by someone else
        }
    }

    static Optional<String> holder(Path h2File) {
        if (!Files.isRegularFile(noteFor(h2File), LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        try {
            return Optional.of(Files.readString(noteFor(h2File), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** chmod 600 on the database's files (NAME.mv.db, NAME.trace.db, NAME.owner...), 700 on its folder. */
    static void restrictToOwner(Path h2File) {
        Path folder = h2File.toAbsolutePath().getParent();
        String prefix = h2File.getFileName() + ".";
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().startsWith(prefix) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: its default ACLs apply
        }
    }
}
