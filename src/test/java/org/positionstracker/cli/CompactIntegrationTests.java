package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compact} rewrites the H2 file smaller and keeps every row. */
class CompactIntegrationTests {
    @TempDir
    Path dir;

    @Test
    void compactAfterAnImport_shrinksTheFile_andKeepsTheStatements() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String seed = Files.readString(Path.of("seeds", "000_dcad965514c1b99f.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < 40; i++) Files.writeString(corpus.resolve("a" + i + ".txt"), seed + "\nCopy " + i + ".\n", StandardCharsets.UTF_8);
        String db = dir.resolve("db/tracker").toString();
        CliRun imported = CliRun.of("import", "--db", db, corpus.toString());
        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
        String before = CliRun.of("statements", "--db", db, "--format", "csv").out();
        long bytesBefore = Files.size(Path.of(db + ".mv.db"));

        CliRun compact = CliRun.of("compact", "--db", db);

        assertEquals(0, compact.exitCode(), compact.err());
        assertTrue(compact.out().startsWith("compacted " + db + ".mv.db: "), compact.out());
        long bytesAfter = Files.size(Path.of(db + ".mv.db"));
        assertTrue(bytesAfter < bytesBefore, bytesBefore + " -> " + bytesAfter);
        assertEquals(before, CliRun.of("statements", "--db", db, "--format", "csv").out());
    }
}
