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
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /**
     * An empty file next to the target, created with the permissions a new file gets (the umask
     * applies), or those of the target when it exists, so replacing a file keeps who may read it.
     */
    private static Path temporaryFile(Path target) throws IOException {
        Path temp = null;
        while (temp == null) {
            try {
                temp = Files.createFile(target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                // another name, then
            }
        }
        if (Files.exists(target)) {
            try {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's defaults apply
            }
        }
        return temp;
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
