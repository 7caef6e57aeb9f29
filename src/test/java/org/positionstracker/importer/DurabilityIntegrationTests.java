package org.positionstracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import org.positionstracker.testing.ChildJvm;

/** An article reported as imported survives the importing process being killed with SIGKILL right after. */
class DurabilityIntegrationTests {
    @TempDir
    Path dir;

    @Test
    void articleReportedAsImported_survivesKillMinusNineRightAfterTheReport() throws Exception {
        List<String> args = new ArrayList<>();
        Path db = dir.resolve("db/tracker");
        args.add(db.toString());
        for (int i = 0; i < 6; i++) {
            Path file = dir.resolve("article-" + i + ".txt");
            Files.writeString(file, "Title " + i + "\nSpeaker " + i + " | territory=opposes | statement number " + i + "\n");
            args.add(file.toString());
        }
        Process child = ChildJvm.running(ImportingChild.class, args).redirectErrorStream(true).start();
        Set<String> reported = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("imported ")) {
                    reported.add(line.substring("imported ".length()));
                    if (reported.size() == 3) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        ChildJvm.awaitExit(child);

        assertEquals(3, reported.size(), "the child should have reported three imports before being killed");
        Set<String> stored = new HashSet<>();
        try (Database reopened = Database.open(DatabaseLocation.parse(db.toString()));
             Connection c = reopened.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT file_name FROM article")) {
            while (rs.next()) stored.add(rs.getString(1));
        }
        assertTrue(stored.containsAll(reported), "reported " + reported + " but stored " + stored);
    }
}
