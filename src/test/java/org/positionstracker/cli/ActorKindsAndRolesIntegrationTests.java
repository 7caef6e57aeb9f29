package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported through the command line: a speaker's kind and role are stored and shown by actors and statements. */
class ActorKindsAndRolesIntegrationTests {
    @TempDir
    Path dir;

    @Test
    void organisationSpeakerAndTitledPerson_areStoredWithKindAndRole() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("steel.txt"), "Steel tariffs\n"
                + "\u201CThe plan is a disaster,\u201D Eurofer said.\n"
                + "Councillor James Okafor said the tariffs would cost the port its jobs. Okafor added that the council would vote in May.\n",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("port.txt"), "Port vote\n"
                + "James Okafor said the port would need new cranes.\n"
                + "\u201CSupport is slipping,\u201D the Northbridge Gazette reported.\n",
                StandardCharsets.UTF_8);
        CliOnDatabase cli = new CliOnDatabase(dir.resolve("tracker").toString());

        cli.ok("import", corpus.toString());
        Map<String, JsonNode> actors = byName(CliOnDatabase.json(cli.ok("actors", "--format", "json").out()));
        String csv = cli.ok("actors", "--format", "csv").out();
        List<JsonNode> okafor = cli.statements("--actor", "Okafor");

        assertEquals("organisation", actors.get("Eurofer").get("kind").asText());
        assertEquals("media", actors.get("Northbridge Gazette").get("kind").asText());
        JsonNode person = actors.get("James Okafor");
        assertEquals("person", person.get("kind").asText());
        assertEquals("Councillor", person.get("role").asText());
        assertEquals(null, actors.get("Councillor James Okafor"), "the title is not part of the name: " + actors.keySet());
        assertEquals(3, okafor.size(), okafor.toString());
        for (JsonNode s : okafor) {
            assertEquals("James Okafor", s.get("speaker").asText());
            assertEquals("person", s.get("speaker_kind").asText());
        }
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("James Okafor,person,,Councillor,")), csv);
    }

    private static Map<String, JsonNode> byName(List<JsonNode> actors) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode a : actors) out.put(a.get("name").asText(), a);
        return out;
    }
}
