package org.positionstracker.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 5: a database folder others can write to, or files planted in it, never make the
 * tracker write through a link or adopt someone else's admin password.
 */
class HostileFolderIntegrationTests {
    @TempDir
    Path dir;

    /** A credentials file as an attacker would plant it: an admin password they know. */
    private static final String PLANTED = "admin.user=sa\nadmin.password=known-to-the-attacker\nreader.user=TRACKER_READER\nreader.password=also-known\n";

    @BeforeEach
    void posixOnly() {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    private static void chmod(Path path, String permissions) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }

    private Path privateFolder(String name) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(name));
        chmod(folder, "rwx------");
        return folder;
    }

    private static String refusal(Path database) {
        return assertThrows(IllegalArgumentException.class, () -> Database.open(DatabaseLocation.parse(database.toString())).close()).getMessage();
    }

    private static UserPrincipal nobody() throws IOException {
        return Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void aFolderOthersCanWriteTo_isRefused_andItsPlantedCredentialsAreNotAdopted() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        chmod(shared, "rwxrwxrwx");
        Files.writeString(shared.resolve("tracker.credentials"), PLANTED);

        String message = refusal(shared.resolve("tracker"));

        assertEquals("the database folder " + shared + " can be written by others (rwxrwxrwx); put the database in a folder of your own,"
                + " or chmod go-w it", message);
        assertFalse(Files.exists(shared.resolve("tracker.mv.db")), "a database was made in the shared folder");
    }

    @Test
    void aFolderOfAnotherUser_isRefused() throws Exception {
        assumeTrue(isRoot(), "only root can give a folder to another user");
        Path theirs = Files.createDirectory(dir.resolve("theirs"));
        Files.setOwner(theirs, nobody());

        String message = refusal(theirs.resolve("tracker"));

        assertTrue(message.startsWith("the database folder " + theirs + " belongs to nobody, not to you"), message);
        assertFalse(Files.exists(theirs.resolve("tracker.mv.db")));
    }

    @Test
    void aLinkPlantedAsTheOwnerNote_isNotWrittenThrough() throws Exception {
        Path folder = privateFolder("private");
        Path victim = Files.writeString(dir.resolve("someone-elses-file"), "theirs\n");
        Files.createSymbolicLink(folder.resolve("tracker.owner"), victim);

        Database.open(DatabaseLocation.parse(folder.resolve("tracker").toString())).close();

        assertEquals("theirs\n", Files.readString(victim));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(victim)), "the victim's mode was changed");
    }

    @Test
    void aCredentialsFileThatIsALink_isRefused() throws Exception {
        Path folder = privateFolder("linked");
        Path elsewhere = Files.writeString(dir.resolve("planted.credentials"), PLANTED);
        chmod(elsewhere, "rw-------");
        Files.createSymbolicLink(folder.resolve("tracker.credentials"), elsewhere);

        String message = refusal(folder.resolve("tracker"));

        assertTrue(message.startsWith("the credentials file " + folder.resolve("tracker.credentials") + " is not a regular file"), message);
        assertFalse(Files.exists(folder.resolve("tracker.mv.db")));
    }

    @Test
    void aCredentialsFileOthersCanRead_isRefused() throws Exception {
        Path folder = privateFolder("readable");
        Path credentials = Files.writeString(folder.resolve("tracker.credentials"), PLANTED);
        chmod(credentials, "rw-r--r--");

        String message = refusal(folder.resolve("tracker"));

        assertTrue(message.startsWith("the credentials file " + credentials + " is not private (rw-r--r--)"), message);
    }

    @Test
    void aCredentialsFileOfAnotherUser_isRefused() throws Exception {
        assumeTrue(isRoot(), "only root can give a file to another user");
        Path folder = privateFolder("given");
        Path credentials = Files.writeString(folder.resolve("tracker.credentials"), PLANTED);
        chmod(credentials, "rw-------");
        Files.setOwner(credentials, nobody());

        String message = refusal(folder.resolve("tracker"));

        assertTrue(message.startsWith("the credentials file " + credentials + " belongs to nobody, not to you"), message);
    }
}
