package org.positionstracker.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small file system of its own for tests of a full disk: a tmpfs mounted with a size limit, or
 * else a loop-mounted ext4 image (both need root). Its free space is set with a filler file, and
 * freeing it is deleting the filler, the same on both.
 */
public final class SmallDisk implements AutoCloseable {
    private static final int MIB = 1 << 20;

    private final Path mountPoint;
    private final Path filler;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler");
    }

    /** Mounts a file system of {@code sizeMib} at {@code mountPoint}, or says why none could be made. */
    public static Result mount(Path mountPoint, int sizeMib) throws IOException {
        Files.createDirectories(mountPoint);
        List<String> failures = new ArrayList<>();
        Optional<String> tmpfs = run("mount", "-t", "tmpfs", "-o", "size=" + sizeMib + "m,mode=0700", "tmpfs", mountPoint.toString());
        if (tmpfs.isEmpty()) return new Result(new SmallDisk(mountPoint), null);
        failures.add("tmpfs: " + tmpfs.get());
        Path image = mountPoint.resolveSibling(mountPoint.getFileName() + ".img");
        Optional<String> ext4 = run("truncate", "-s", sizeMib + "M", image.toString())
                .or(() -> run("mkfs.ext4", "-q", "-F", image.toString()))
                .or(() -> run("mount", "-o", "loop", image.toString(), mountPoint.toString()))
                .or(() -> run("chmod", "700", mountPoint.toString()));
        if (ext4.isEmpty()) return new Result(new SmallDisk(mountPoint), null);
        failures.add("loop-mounted ext4: " + ext4.get());
        return new Result(null, "no size-limited file system could be made (" + String.join("; ", failures) + ")");
    }

    /** A mounted disk, or the reason there is none. */
    public record Result(SmallDisk disk, String whyNot) {
    }

    public Path path() {
        return mountPoint;
    }

    public long freeBytes() throws IOException {
        return Files.getFileStore(mountPoint).getUsableSpace();
    }

    /** Fills the disk until about {@code mib} MiB are left free. */
    public void leaveFree(int mib) throws IOException {
        long toFill = freeBytes() - (long) mib * MIB;
        ByteBuffer block = ByteBuffer.allocate(MIB);
        try (FileChannel out = FileChannel.open(filler, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            for (long written = 0; written + MIB <= toFill; written += MIB) {
                block.clear();
                while (block.hasRemaining()) out.write(block);
            }
        }
    }

    /** Frees what {@link #leaveFree} took. */
    public void freeSpace() throws IOException {
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() {
        run("umount", "-l", mountPoint.toString()).ifPresent(failure -> {
            throw new IllegalStateException("cannot unmount the test disk " + mountPoint + ": " + failure);
        });
    }

    /** Runs a command; empty when it succeeded, else what it printed. */
    private static Optional<String> run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes()).strip();
            int code = ChildJvm.awaitExit(p);
            return code == 0 ? Optional.empty() : Optional.of(String.join(" ", command) + " exited " + code + (output.isEmpty() ? "" : ": " + output));
        } catch (IOException e) {
            return Optional.of(command[0] + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(command[0] + ": interrupted");
        }
    }
}
