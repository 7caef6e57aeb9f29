package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Speech without a known speaker is stored, listed with --unattributed, and nobody's position. */
class UnattributedStatementsIntegrationTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void quotationWithoutASpeaker_isStoredListedApartAndCountsTowardNoPosition() throws Exception {
        Path corpus = articleWithAnUnattributedQuote();
        String db = dir.resolve("tracker").toString();

        CliRun imported = CliRun.of("import", "--db", db, corpus.toString());
        CliRun attributed = CliRun.of("statements", "--db", db, "--format", "json");
        CliRun unattributed = CliRun.of("statements", "--db", db, "--unattributed", "--format", "json");
        CliRun positions = CliRun.of("positions", "--db", db, "--format", "json");

        assertEquals(0, imported.exitCode(), imported.err());
        JsonNode listed = JSON.readTree(attributed.out());
        assertEquals(1, listed.size(), attributed.out());
        assertEquals("Ann Cole", listed.get(0).get("speaker").asText());
        assertEquals("subject-verb", listed.get(0).get("rule").asText());
        JsonNode apart = JSON.readTree(unattributed.out());
        assertEquals(1, apart.size(), unattributed.out());
        assertTrue(apart.get(0).get("speaker").isNull());
        assertEquals("unattributed-quote", apart.get(0).get("rule").asText());
        assertTrue(apart.get(0).get("text").asText().startsWith("We will not accept"));
        assertFalse(positions.out().contains("joint statement"), positions.out());
    }

    @Test
    void reviewOfAnUnattributedStatement_givesItASpeakerAndThenAPosition() throws Exception {
        String db = dir.resolve("tracker").toString();
        assertEquals(0, CliRun.of("import", "--db", db, articleWithAnUnattributedQuote().toString()).exitCode());
        String id = JSON.readTree(CliRun.of("statements", "--db", db, "--unattributed", "--format", "json").out()).get(0).get("id").asText();

        CliRun topics = CliRun.of("review", "topics", id, "territory=opposes", "--db", db, "--why", "about the line of contact");
        CliRun speaker = CliRun.of("review", "speaker", id, "--actor", "Ann Cole", "--db", db, "--why", "her statement");

        assertEquals(0, topics.exitCode(), topics.err());
        assertEquals(0, speaker.exitCode(), speaker.err());
        assertEquals(0, JSON.readTree(CliRun.of("statements", "--db", db, "--unattributed", "--format", "json").out()).size());
        JsonNode hers = JSON.readTree(CliRun.of("statements", "--db", db, "--actor", "Ann Cole", "--topic", "territory", "--format", "json").out());
        assertEquals(1, hers.size(), hers.toString());
        assertTrue(hers.get(0).get("text").asText().startsWith("We will not accept"));
        JsonNode positions = JSON.readTree(CliRun.of("positions", "--db", db, "--actor", "Ann Cole", "--topic", "territory", "--format", "json").out());
        assertEquals(1, positions.size(), positions.toString());
        assertEquals("opposes", positions.get(0).get("stance").asText());
        assertEquals(1, positions.get(0).get("statements").asInt(), positions.toString());
    }

    @Test
    void unattributedWithAnActor_isRefusedInOneLine() {
        CliRun r = CliRun.of("statements", "--db", dir.resolve("tracker").toString(), "--unattributed", "--actor", "Cole");

        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().strip().lines().count() == 1 && r.err().contains("--unattributed and --actor"), r.err());
    }

    /** A folder with one article: a statement by Ann Cole, and a quotation no one in the text is named as saying. */
    private Path articleWithAnUnattributedQuote() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Budget talks\n"
                + "Mayor Ann Cole said the tram fares would not rise next year.\n"
                + "\u201CWe will not accept any cut to the ceasefire monitoring budget,\u201D the joint statement said.\n",
                StandardCharsets.UTF_8);
        return corpus;
    }
}
