package org.positionstracker.db;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where an H2 database's {@link Credentials} are kept. Written once and never replaced: the first
 * writer wins and everyone else reads what it wrote, so two processes opening a new database at
 * the same moment cannot end up with a database and a file that disagree.
 */
sealed interface CredentialStore {
    Optional<Credentials> read();

    /** Stores {@code wanted} unless credentials are stored already; returns what is stored now. */
    Credentials createIfAbsent(Credentials wanted);

    /** The file, for stores that are one. */
    Optional<Path> file();

    /** For a database file {@code NAME} (without .mv.db): {@code NAME.credentials} beside it. */
    static CredentialStore besideDatabase(Path h2File) {
        return new FileStore(h2File.resolveSibling(h2File.getFileName() + ".credentials"));
    }

    /** For databases without a file here (in memory, on an H2 server): kept by this JVM only. */
    static CredentialStore inThisJvm(String key) {
        return new MemoryStore(key);
    }

    /** A Java properties file, readable and writable by its owner only. */
    record FileStore(Path path) implements CredentialStore {
        private static final String ADMIN_USER = "admin.user";
        private static final String ADMIN_PASSWORD = "admin.password";
        private static final String READER_USER = "reader.user";
        private static final String READER_PASSWORD = "reader.password";

        @Override
        public Optional<Path> file() {
            return Optional.of(path);
        }

        @Override
        public Optional<Credentials> read() {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            DatabaseFolder.checkPrivateFile(path, "credentials file");
            String text;
            try (var channel = Files.newByteChannel(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                text = new String(java.nio.channels.Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.nio.file.NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the credentials file " + path + ": " + e.getMessage());
            }
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
                return Optional.of(new Credentials(p.getProperty(ADMIN_USER), p.getProperty(ADMIN_PASSWORD), p.getProperty(READER_PASSWORD)));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("the credentials file " + path + " is damaged (" + e.getMessage()
                        + "); restore it, or set TRACKER_DB_USER and TRACKER_DB_PASSWORD");
            }
        }

        @Override
        public Credentials createIfAbsent(Credentials wanted) {
            Path temporary = null;
            try {
                temporary = writePrivately(path, format(wanted));
                try {
                    // A hard link is made atomically and never replaces an existing file.
                    Files.createLink(path, temporary);
                } catch (FileAlreadyExistsException e) {
                    return read().orElseThrow(() -> new IllegalArgumentException("the credentials file " + path + " vanished while being read"));
                } catch (UnsupportedOperationException | IOException e) {
                    // No hard links on this file system: a plain move, which refuses an existing target too.
                    try {
                        Files.move(temporary, path);
                    } catch (FileAlreadyExistsException taken) {
                        return read().orElseThrow(() -> new IllegalArgumentException("the credentials file " + path + " vanished while being read"));
                    }
                }
                syncFolder(path.toAbsolutePath().getParent());
                return wanted;
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot write the credentials file " + path + ": " + e.getMessage());
            } finally {
                try {
                    if (temporary != null) Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a leftover NAME.credentials.new-* holds the same passwords and is owner-only too
                }
            }
        }

        private static String format(Credentials c) throws IOException {
            Properties p = new Properties();
            if (c.hasAdmin()) {
                p.setProperty(ADMIN_USER, c.adminUser());
                p.setProperty(ADMIN_PASSWORD, c.adminPassword());
            }
            p.setProperty(READER_USER, H2Users.READER);
            p.setProperty(READER_PASSWORD, c.readerPassword());
            StringWriter out = new StringWriter();
            p.store(out, "positions-tracker: passwords of the H2 database beside this file. Keep it private; never commit it.");
            return out.toString();
        }

        /**
         * A new file beside {@code target} ({@code NAME.credentials.new-RANDOM}), created owner-only
         * (never briefly readable by others) and on disk before anyone relies on it.
         */
        private static Path writePrivately(Path target, String text) throws IOException {
            Path folder = target.toAbsolutePath().getParent();
            String prefix = target.getFileName() + ".new-";
            Path file;
            try {
                file = Files.createTempFile(folder, prefix, "", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                file = Files.createTempFile(folder, prefix, "");
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.write(StandardCharsets.UTF_8.encode(text));
                channel.force(true);
            }
            return file;
        }

        private static void syncFolder(Path folder) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException | UnsupportedOperationException e) {
                // not every platform can sync a directory (Windows); the file itself is synced
            }
        }
    }

    /** In-memory databases and H2 servers: nothing to keep between runs. */
    record MemoryStore(String key) implements CredentialStore {
        private static final Map<String, Credentials> STORED = new ConcurrentHashMap<>();

        @Override
        public Optional<Credentials> read() {
            return Optional.ofNullable(STORED.get(key));
        }

        @Override
        public Credentials createIfAbsent(Credentials wanted) {
            Credentials before = STORED.putIfAbsent(key, wanted);
            return before == null ? wanted : before;
        }

        @Override
        public Optional<Path> file() {
            return Optional.empty();
        }
    }
}
