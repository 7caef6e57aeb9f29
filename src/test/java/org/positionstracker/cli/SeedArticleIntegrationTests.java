package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.positionstracker.db.Backend;

/**
 * End to end on the seed article, through the command line as a user runs it: import seeds/,
 * then ask for statements and actors as JSON and check them against the article text. Runs
 * twice: with {@code --db PATH} (H2) and with {@code --db jdbc:postgresql://...}.
 */
@ParameterizedClass
@EnumSource(Backend.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedArticleIntegrationTests {
    private static final Path SEED = Path.of("seeds", "000_dcad965514c1b99f.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @Parameter
    Backend backend;

    private String db;
    private String seedText;
    private CliRun importRun;

    @BeforeParameterizedClassInvocation
    void importSeeds() throws Exception {
        db = backend.freshDatabaseOption(dir, "seed");
        seedText = Files.readString(SEED, StandardCharsets.UTF_8);
        importRun = CliRun.of("import", "--db", db, "seeds");
    }

    private JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    private List<JsonNode> statements(String... filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("statements", "--db", db, "--format", "json"));
        args.addAll(List.of(filters));
        List<JsonNode> list = new ArrayList<>();
        json(args.toArray(String[]::new)).forEach(list::add);
        return list;
    }

    private static List<JsonNode> by(List<JsonNode> statements, String speaker) {
        return statements.stream().filter(s -> s.get("speaker").asText().equals(speaker)).toList();
    }

    @Test
    void importReportsTheArticleAndASummary() {
        assertEquals(0, importRun.exitCode(), importRun.err());
        assertTrue(importRun.out().contains("imported " + SEED), importRun.out());
        assertTrue(importRun.out().contains("1 imported"), importRun.out());
        assertTrue(importRun.out().contains("ceasefire-conditions"), importRun.out());
    }

    @Test
    void reimportingTheSeeds_changesNothing() throws Exception {
        int before = statements().size();

        CliRun again = CliRun.of("import", "--db", db, "seeds");

        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("0 imported") && again.out().contains("1 unchanged"), again.out());
        assertEquals(before, statements().size());
    }

    @Test
    void everyStoredSpan_isExactlyTheTextItClaims() throws Exception {
        for (JsonNode s : statements()) {
            assertEquals("000_dcad965514c1b99f.txt", s.get("article").asText());
            assertEquals(seedText.substring(s.get("start").asInt(), s.get("end").asInt()), s.get("text").asText());
            for (String part : new String[] {"speaker_mention", "cue"}) {
                JsonNode span = s.get(part);
                assertTrue(s.has(part), "the JSON contract always has " + part);
                if (!span.isNull())
                    assertEquals(seedText.substring(span.get("start").asInt(), span.get("end").asInt()), span.get("text").asText());
            }
        }
    }

    @Test
    void jsonContract_hasEveryDocumentedField() throws Exception {
        JsonNode first = statements().get(0);

        for (String field : new String[] {"id", "article", "speaker", "speaker_kind", "speaker_affiliation", "mode", "text",
                "start", "end", "speaker_mention", "cue", "topics", "stances", "reviewed"})
            assertTrue(first.has(field), "missing " + field + " in " + first);
        assertTrue(first.get("topics").isArray());
        assertTrue(first.get("stances").isObject());
    }

    @Test
    void ceasefireConditions_arePutinsConditionsAndNothingElse() throws Exception {
        List<JsonNode> bySpaces = statements("--topic", "ceasefire conditions");
        List<JsonNode> bySlug = statements("--topic", "ceasefire-conditions");

        assertEquals(bySpaces.size(), bySlug.size());
        assertTrue(bySpaces.size() >= 2, "expected Putin's conditions, got " + bySpaces);
        for (JsonNode s : bySpaces) assertEquals("Vladimir Putin", s.get("speaker").asText(), s.toString());
        String all = bySpaces.stream().map(s -> s.get("text").asText().toLowerCase(Locale.ROOT)).reduce("", String::concat);
        assertTrue(all.contains("ceasefire"), all);
        assertTrue(all.contains("withdraw") || all.contains("pull back"), all);
    }

    @Test
    void yermak_isDiscoveredAsAPersonSpeakingForUkraine_withHisQuotes() throws Exception {
        List<JsonNode> yermak = by(statements(), "Andriy Yermak");

        assertTrue(yermak.size() >= 4, "Yermak's statements: " + yermak);
        assertEquals("person", yermak.get(0).get("speaker_kind").asText());
        assertEquals("Ukraine", yermak.get(0).get("speaker_affiliation").asText());
        assertTrue(yermak.stream().anyMatch(s -> s.get("text").asText().startsWith("Not a single sane person")));
        assertTrue(yermak.stream().anyMatch(s -> s.get("text").asText().startsWith("As long as President Zelenskyy")),
                "the quote after 'he added' is Yermak's");
        assertTrue(yermak.stream().anyMatch(s -> s.get("text").asText().contains("will not trade land")),
                "the quote continuing after 'Yermak said.' is Yermak's");
    }

    @Test
    void putin_hasDirectPartialAndIndirectStatements() throws Exception {
        List<JsonNode> putin = statements("--actor", "Putin");

        Set<String> modes = new HashSet<>();
        putin.forEach(s -> modes.add(s.get("mode").asText()));
        assertEquals(Set.of("direct", "partial", "indirect"), modes);
        assertTrue(putin.stream().anyMatch(s -> s.get("mode").asText().equals("direct")
                && s.get("text").asText().contains("Ukraine must leave those territories. Without that, no ceasefire is possible")));
    }

    @Test
    void metonymsAndGroups_areSpeakers_addresseesAndNoiseAreNot() throws Exception {
        Set<String> speakers = new HashSet<>();
        statements().forEach(s -> speakers.add(s.get("speaker").asText()));
        List<String> actorNames = new ArrayList<>();
        json("actors", "--db", db, "--format", "json").forEach(a -> actorNames.add(a.get("name").asText()));

        assertTrue(speakers.contains("Ukraine"), "Kyiv -> Ukraine: " + speakers);
        assertTrue(speakers.contains("Russia"), "the Kremlin -> Russia: " + speakers);
        assertTrue(speakers.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals("analysts")), speakers.toString());
        for (String name : actorNames) {
            String lower = name.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("atlantic") || lower.contains("view all") || lower.contains("quick reads")
                    || lower.contains("kyrgyzstan") || lower.equals(")"), "not an actor: " + name);
        }
        for (JsonNode s : statements()) {
            assertFalse(s.get("text").asText().contains("View All") || s.get("text").asText().contains("Quick Reads"), s.toString());
        }
    }

    @Test
    void positionsRollUpToGovernments_andTerritoryIsAConflictBetweenUkraineAndRussia() throws Exception {
        JsonNode ukraine = json("positions", "--db", db, "--actor", "Ukraine", "--topic", "territory", "--format", "json");
        JsonNode conflicts = json("conflicts", "--db", db, "--topic", "territory", "--format", "json");

        assertEquals(1, ukraine.size());
        assertEquals("opposes", ukraine.get(0).get("stance").asText());
        assertTrue(ukraine.get(0).get("statements").asInt() > ukraine.get(0).get("own_statements").asInt(),
                "Yermak's statements count for Ukraine");
        boolean found = false;
        for (JsonNode c : conflicts) {
            Set<String> pair = Set.of(c.get("actor_a").asText(), c.get("actor_b").asText());
            if (pair.equals(Set.of("Ukraine", "Russia"))) found = true;
        }
        assertTrue(found, conflicts.toString());
    }

    @Test
    void positionsEvidence_isCutAtTheLimit_andTheStatementCountTellsTheWhole() throws Exception {
        JsonNode all = json("positions", "--db", db, "--evidence", "all", "--format", "json");
        JsonNode one = json("positions", "--db", db, "--evidence", "1", "--format", "json");
        JsonNode byDefault = json("positions", "--db", db, "--format", "json");

        assertEquals(all.size(), one.size());
        boolean someCut = false;
        for (int i = 0; i < all.size(); i++) {
            int statements = all.get(i).get("statements").asInt();
            assertEquals(statements, all.get(i).get("evidence").size(), all.get(i).toString());
            assertEquals(Math.min(1, statements), one.get(i).get("evidence").size(), one.get(i).toString());
            assertEquals(all.get(i).get("evidence").get(0).get("statement_id"), one.get(i).get("evidence").get(0).get("statement_id"));
            someCut |= statements > 1;
        }
        assertTrue(someCut, "the seed has positions resting on several statements");
        assertEquals(all, byDefault, "the seed's positions rest on fewer than 20 statements each");
        CliRun bad = CliRun.of("positions", "--db", db, "--evidence", "some");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--evidence some"), bad.err());
    }
}
