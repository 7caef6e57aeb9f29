package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 7: a damaged H2 file is reported as damaged, in one line naming it, and the
 * backup command's copy restores it. Damaged runs go through the real entry point in a child JVM,
 * so that anything logged to stderr is seen as a user would see it.
 */
class DamagedDatabaseIntegrationTests {
    @TempDir
    Path dir;

    private Path db;
    private String statements;

    @BeforeEach
    void importTheSeeds() {
        db = dir.resolve("data").resolve("tracker");
        assertEquals(0, CliRun.of("import", "--db", db.toString(), "seeds").exitCode());
        CliRun listed = CliRun.of("statements", "--db", db.toString(), "--format", "csv");
        assertEquals(0, listed.exitCode(), listed.err());
        statements = listed.out();
    }

    private Path mvDb() {
        return Path.of(db + ".mv.db");
    }

    private record Run(int exitCode, String output) {
    }

    /** {@code statements} in a child JVM; stdout and stderr together. */
    private Run statementsInAChild() throws IOException, InterruptedException {
        Path output = dir.resolve("child-output.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TrackerCommand.class.getName(), "statements", "--db", db.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "statements still running");
        return new Run(child.exitValue(), Files.readString(output));
    }

    private void flipBytes(int count, long seed) throws IOException {
        byte[] bytes = Files.readAllBytes(mvDb());
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) bytes[random.nextInt(bytes.length)] ^= (byte) 0xFF;
        Files.write(mvDb(), bytes);
    }

    private void assertReportedAsDamaged(Run run) {
        assertEquals(1, run.exitCode(), run.output());
        assertEquals(1, run.output().lines().count(), "one line, nothing logged:\n" + run.output());
        assertTrue(run.output().startsWith("error: the database " + mvDb() + " is damaged ("), run.output());
        assertTrue(run.output().strip().endsWith("); restore it from a backup"), run.output());
    }

    @Test
    void anEmptyDatabaseFile_isDamaged_notANewDatabase() throws Exception {
        Files.write(mvDb(), new byte[0]);

        Run run = statementsInAChild();

        assertEquals("error: the database " + mvDb() + " is damaged (it is empty, 0 bytes); restore it from a backup", run.output().strip());
        assertEquals(0, Files.size(mvDb()), "the empty file was made into a new database");
    }

    @Test
    void twoHundredFlippedBytes_areReportedAsDamage_inOneLine() throws Exception {
        flipBytes(200, 12);

        assertReportedAsDamaged(statementsInAChild());
    }

    @Test
    void aThousandFlippedBytes_areReportedAsDamage_inOneLine() throws Exception {
        flipBytes(1000, 12);

        assertReportedAsDamaged(statementsInAChild());
    }

    @Test
    void aBackup_holdsTheDatabaseAndItsCredentials_privately_andRestoresIt() throws Exception {
        Path zip = dir.resolve("tracker-backup.zip");

        CliRun backup = CliRun.of("backup", "--db", db.toString(), "--to", zip.toString());
        flipBytes(1000, 12);
        Path restored = Files.createDirectory(dir.resolve("restored"));
        Files.setPosixFilePermissions(restored, PosixFilePermissions.fromString("rwx------"));
        List<String> entries = unzip(zip, restored);
        CliRun listed = CliRun.of("statements", "--db", restored.resolve("tracker").toString(), "--format", "csv");

        assertEquals(0, backup.exitCode(), backup.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)));
        assertEquals(List.of("tracker.mv.db", "tracker.credentials"), entries);
        assertEquals(0, listed.exitCode(), listed.err());
        assertEquals(statements, listed.out());
    }

    /** Issue 12, item 8: this printed only "error: /path/t.mv.db" (and wrote a credentials file for no database). */
    @Test
    void aReadOnlyUrlOnAMissingDatabase_saysWhatIsWrong() {
        Path missing = dir.resolve("data").resolve("missing");

        CliRun run = CliRun.of("statements", "--db", "jdbc:h2:" + missing + ";ACCESS_MODE_DATA=r");

        assertEquals(1, run.exitCode());
        assertEquals("error: the database " + missing + ".mv.db does not exist, and ACCESS_MODE_DATA=r only opens an existing one;"
                + " check the path, or import into it without ACCESS_MODE_DATA=r first", run.err().strip());
        assertTrue(Files.notExists(Path.of(missing + ".credentials")), "a credentials file for a database that does not exist");
    }

    @Test
    void backupOfPostgreSQL_pointsToPgDump() {
        CliRun run = CliRun.of("backup", "--db", "jdbc:postgresql://localhost:1/tracker", "--to", dir.resolve("b.zip").toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("pg_dump"), run.err());
        assertTrue(Files.notExists(dir.resolve("b.zip")));
    }

    /** As `unzip` would, with the files made owner-only as the restore instructions say. */
    private static List<String> unzip(Path zip, Path into) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = entries.getNextEntry()) != null; ) {
                names.add(e.getName());
                Path file = into.resolve(e.getName());
                Files.copy(entries, file);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
        return names;
    }
}
