package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTests {
    /** Written for this test: one quotation any extractor version must find, one sentence that is no statement. */
    static final String TEXT = "The harbour reopened on Tuesday after two weeks of repairs.\n\n"
            + "\"We expect the first ferries on Friday,\" Lena Holm said.\n";
    static final String GOLD = """
            [{"speaker": "Lena Holm", "alt_speakers": ["Holm"], "mode": "direct",
              "contains": "We expect the first ferries on Friday"}]
            """;

    @TempDir
    Path dir;

    @Test
    void evaluateAsJson_reportsRecallAndPrecisionOfTheRealExtractor() throws IOException {
        Files.writeString(dir.resolve("harbour.txt"), TEXT);
        Files.writeString(dir.resolve("harbour.gold.json"), GOLD);

        CliRun run = CliRun.of("evaluate", dir.toString(), "--format", "json", "--errors");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode overlap = report.get("overall").get("at_overlap");
        assertEquals(1, report.get("articles").asInt());
        assertEquals(1.0, overlap.get("quoted_speech").get("value").asDouble(), run.out());
        assertEquals(1.0, overlap.get("speaker").get("value").asDouble(), run.out());
        assertTrue(report.has("errors"), run.out());
    }

    @Test
    void evaluateAsTable_showsTheOverallFiguresAndOneLinePerArticle() throws IOException {
        Files.writeString(dir.resolve("harbour.txt"), TEXT);
        Files.writeString(dir.resolve("harbour.gold.json"), GOLD);

        CliRun run = CliRun.of("evaluate", dir.toString(), "--overlap", "0.5");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("overlap >= 0.50"), run.out());
        assertTrue(run.out().contains("quoted, speech cue"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("harbour ")), run.out());
    }

    @Test
    void overlapOutOfRange_failsWithOneLine() {
        CliRun run = CliRun.of("evaluate", dir.toString(), "--overlap", "1.5");

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("--overlap"), run.err());
    }

    @Test
    void missingFolder_failsWithOneLineNamingIt() {
        CliRun run = CliRun.of("evaluate", dir.resolve("nowhere").toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("error: ") && run.err().contains("nowhere") && run.err().contains("not a folder"), run.err());
    }
}
