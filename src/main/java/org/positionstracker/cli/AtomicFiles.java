package org.positionstracker.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files so that a reader never sees half of one: each is written in full to a temporary
 * file next to it, then moved into place (atomically where the file system can). When anything
 * fails, the temporary files are removed and the targets are left as they were.
 */
public final class AtomicFiles {
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** Writes one file (UTF-8) in full, then moves it into place. */
    public static void write(Path target, Content content) {
        Map<Path, Content> one = new LinkedHashMap<>();
        one.put(target, content);
        write(one);
    }

    /** Writes every target (UTF-8), then moves them all into place. */
    public static void write(Map<Path, Content> targets) {
        Map<Path, Path> temps = new LinkedHashMap<>();
        Path current = null;
        try {
            for (Map.Entry<Path, Content> t : targets.entrySet()) {
                current = t.getKey();
                Path target = current.toAbsolutePath();
                checkWritable(current);
                if (isSpecial(target)) {
                    // A device or a pipe (/dev/null, /dev/stdout, a FIFO): written as it is; moving a
                    // file onto it would replace the device with a regular file.
                    try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
                        t.getValue().writeTo(out);
                    }
                    continue;
                }
                Path temp = temporaryFile(target);
                temps.put(current, temp);
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    t.getValue().writeTo(out);
                }
            }
            for (Map.Entry<Path, Path> t : temps.entrySet()) {
                current = t.getKey();
                move(t.getValue(), current);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + current + ": " + reason(e), e);
        } finally {
            for (Path temp : temps.values()) {
                try {
                    Files.deleteIfExists(temp); // a no-op once moved into place
                } catch (IOException ignored) {
                    // best effort: a failed write has already said so
                }
            }
        }
    }

    /** Content written to a file by path, by something that opens the file itself (a database's backup). */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path temporary) throws IOException;
    }

    /** Has {@code content} fill a temporary file beside the target, then moves it into place. */
    public static void writeFile(Path target, FileContent content) {
        checkWritable(target);
        if (isSpecial(target.toAbsolutePath()))
            throw new IllegalArgumentException("cannot write " + target + ": it is a device or a pipe, not a file; give a file name");
        Path temp = null;
        try {
            temp = temporaryFile(target.toAbsolutePath());
            content.writeTo(temp);
            move(temp, target);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + target + ": " + reason(e), e);
        } finally {
            try {
                if (temp != null) Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: a failed write has already said so
            }
        }
    }

    /** Fails with a one-line message when {@code given} names a folder or a file in a folder that does not exist. */
    public static void checkWritable(Path given) {
        Path target = given.toAbsolutePath();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) throw new IllegalArgumentException("cannot write " + given + ": it is a folder; give a file name");
        if (folder == null || !Files.isDirectory(folder))
            throw new IllegalArgumentException("cannot write " + given + ": the folder " + folder + " does not exist");
    }

    /** Something that exists and is neither a regular file nor a folder: a device, a FIFO, a socket. */
    private static boolean isSpecial(Path target) {
        return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    /**
     * An empty file next to the target, {@code .NAME.PID-RANDOM.tmp}, created with the permissions
     * a new file gets (the umask applies), or those of the target when it exists, so replacing a
     * file keeps who may read it. Temporaries of the same target left by a process that no longer
     * runs (killed with -9 while writing) are removed.
     */
    private static Path temporaryFile(Path target) throws IOException {
        String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-";
        Path temp = null;
        while (temp == null) {
            try {
                temp = Files.createFile(target.resolveSibling(prefix + Long.toHexString(RANDOM.nextLong()) + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                // another name, then
            }
        }
        removeStaleTemporaries(target, Files.getOwner(temp));
        if (Files.exists(target)) {
            try {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's defaults apply
            }
        }
        return temp;
    }

    /** Ours: named as {@link #temporaryFile} names them, owned by this user, made by a process that has ended. */
    private static void removeStaleTemporaries(Path target, java.nio.file.attribute.UserPrincipal owner) {
        Pattern ours = Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + "(\\d+)-[0-9a-f]+\\.tmp");
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path sibling : (Iterable<Path>) siblings::iterator) {
                Matcher m = ours.matcher(sibling.getFileName().toString());
                if (!m.matches() || ProcessHandle.of(Long.parseLong(m.group(1))).isPresent()) continue;
                if (Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS) && owner.equals(Files.getOwner(sibling, LinkOption.NOFOLLOW_LINKS)))
                    Files.deleteIfExists(sibling);
            }
        } catch (IOException | NumberFormatException e) {
            // best effort: a leftover temporary is only clutter
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
