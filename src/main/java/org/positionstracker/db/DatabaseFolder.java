package org.positionstracker.db;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * The folder an H2 database's files live in, and the files the tracker keeps beside it. Whoever
 * can write to that folder can plant files the tracker would trust (a credentials file whose
 * admin password they know) or symbolic links it would write through, so the tracker only uses
 * a folder that is its user's and that no one else can write to, and only trusts a file there
 * that is its user's and private.
 */
final class DatabaseFolder {
    private DatabaseFolder() {
    }

    /** Creates the folder owner-only if it is missing; refuses, with one line, one that others could tamper with. */
    static void prepare(Path folder) {
        if (folder == null) return;
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                setOwnerOnly(folder);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the database folder " + folder + ": " + e.getMessage());
        }
        PosixFileAttributes attributes = posix(folder);
        if (attributes == null) return;
        if (!isMine(attributes.owner()))
            throw new IllegalArgumentException("the database folder " + folder + " belongs to " + attributes.owner().getName()
                    + ", not to you; put the database in a folder of your own");
        if (writableByOthers(attributes))
            throw new IllegalArgumentException("the database folder " + folder + " can be written by others ("
                    + PosixFilePermissions.toString(attributes.permissions()) + "); put the database in a folder of your own,"
                    + " or chmod go-w it");
    }

    /**
     * Refuses a file the tracker is to trust (the credentials) unless it is a regular file (not a
     * link), this user's, and readable and writable by this user only.
     */
    static void checkPrivateFile(Path file, String what) {
        PosixFileAttributes attributes = posix(file);
        if (attributes == null) return;
        if (attributes.isSymbolicLink() || !attributes.isRegularFile())
            throw new IllegalArgumentException("the " + what + " " + file + " is not a regular file (a link?); the tracker"
                    + " never follows one: remove it and restore the real file");
        if (!isMine(attributes.owner()))
            throw new IllegalArgumentException("the " + what + " " + file + " belongs to " + attributes.owner().getName()
                    + ", not to you, so the tracker did not write it; remove it, or restore yours");
        Set<PosixFilePermission> others = attributes.permissions();
        others.removeAll(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        if (!others.isEmpty())
            throw new IllegalArgumentException("the " + what + " " + file + " is not private ("
                    + PosixFilePermissions.toString(attributes.permissions()) + "), so the tracker did not write it as it is;"
                    + " if it is yours, chmod 600 it");
    }

    private static PosixFileAttributes posix(Path path) {
        try {
            return Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return null; // not a POSIX file system (Windows): its ACLs apply
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the attributes of " + path + ": " + e.getMessage());
        }
    }

    /**
     * Others may not write: world-writable (sticky or not) is refused, and group-writable too unless
     * the group is the owner's own (the user-private group many systems give each user).
     */
    private static boolean writableByOthers(PosixFileAttributes attributes) {
        Set<PosixFilePermission> p = attributes.permissions();
        if (p.contains(PosixFilePermission.OTHERS_WRITE)) return true;
        if (!p.contains(PosixFilePermission.GROUP_WRITE)) return false;
        GroupPrincipal group = attributes.group();
        return !group.getName().equals(attributes.owner().getName());
    }

    private static boolean isMine(UserPrincipal owner) {
        try {
            return owner.equals(FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name")));
        } catch (IOException e) {
            return false;
        }
    }

    private static void setOwnerOnly(Path folder) throws IOException {
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its default ACLs apply
        }
    }
}
