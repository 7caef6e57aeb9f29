package org.positionstracker.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoreTests {
    @TempDir
    Path dir;

    @Test
    void theFileLivesBesideTheDatabase_namedAfterIt() {
        CredentialStore store = CredentialStore.besideDatabase(dir.resolve("tracker"));

        assertEquals(dir.resolve("tracker.credentials"), store.file().orElseThrow());
    }

    @Test
    void createIfAbsent_writesAnOwnerOnlyFile_thatReadsBackTheSame() throws Exception {
        CredentialStore store = CredentialStore.besideDatabase(dir.resolve("tracker"));
        Credentials wanted = Credentials.generate("sa");

        Credentials stored = store.createIfAbsent(wanted);

        assertEquals(wanted, stored);
        assertEquals(wanted, store.read().orElseThrow());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().orElseThrow())));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("tracker.credentials")), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void createIfAbsent_neverReplacesStoredCredentials_theFirstWriterWins() {
        CredentialStore store = CredentialStore.besideDatabase(dir.resolve("tracker"));
        Credentials first = Credentials.generate("sa");
        Credentials second = Credentials.generate("sa");

        store.createIfAbsent(first);
        Credentials answer = store.createIfAbsent(second);

        assertEquals(first, answer);
        assertEquals(first, store.read().orElseThrow());
    }

    @Test
    void generatedPasswords_areLongAndDifferent() {
        Credentials a = Credentials.generate("sa");
        Credentials b = Credentials.generate("sa");

        assertTrue(a.adminPassword().length() >= 32, a.adminPassword().length() + " characters");
        assertNotEquals(a.adminPassword(), b.adminPassword());
        assertNotEquals(a.adminPassword(), a.readerPassword());
        assertFalse(a.toString().contains(a.adminPassword()) || a.toString().contains(a.readerPassword()), a.toString());
    }

    @Test
    void aDamagedFile_isReportedWithItsName() throws Exception {
        Path file = dir.resolve("tracker.credentials");
        Files.writeString(file, "admin.user=sa\n");
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: no mode to check
        }

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CredentialStore.besideDatabase(dir.resolve("tracker")).read());

        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void aMissingFile_readsAsNothingStored() {
        assertTrue(CredentialStore.besideDatabase(dir.resolve("tracker")).read().isEmpty());
    }
}
