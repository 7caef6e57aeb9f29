package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.statement.Mode;

/** End-to-end run on the seed article with the bundled codebook. */
class SeedArticleExtractionTests {
    private static String text;
    private static Extraction extraction;

    @BeforeAll
    static void extractSeed() throws IOException {
        text = Files.readString(Path.of("seeds", "000_dcad965514c1b99f.txt"));
        extraction = new NewsStatementExtractor(CodebookLoader.bundled()).extract(text);
    }

    private static ExtractedStatement containing(String fragment) {
        return extraction.statements().stream().filter(s -> s.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with '" + fragment + "':" + ExtractionFixture.describe(extraction)));
    }

    private static void assertStatement(String fragment, String speaker, Mode mode) {
        ExtractedStatement s = containing(fragment);
        assertEquals(speaker, s.speaker().canonicalName(), fragment);
        assertEquals(mode, s.mode(), fragment);
    }

    @Test
    void allSpansAreValid() {
        ExtractionFixture.assertSpansValid(text, extraction);
    }

    @Test
    void mainAttributions_areFound() {
        assertStatement("it will not surrender any territory to Russia", "Ukraine", Mode.INDIRECT);
        assertStatement("would never approve a deal", "Andriy Yermak", Mode.INDIRECT);
        assertStatement("Not a single sane person", "Andriy Yermak", Mode.DIRECT);
        assertStatement("As long as President Zelenskyy is in office", "Andriy Yermak", Mode.DIRECT);
        assertStatement("Ukraine must withdraw its forces", "Vladimir Putin", Mode.INDIRECT);
        assertStatement("“continue military action” if Kyiv refused to pull back", "Vladimir Putin", Mode.PARTIAL);
        assertStatement("Ukraine must leave those territories. Without that, no ceasefire is possible", "Vladimir Putin", Mode.DIRECT);
        assertStatement("tentative openness", "Russia", Mode.INDIRECT);
        assertStatement("could form the basis for talks", "Vladimir Putin", Mode.PARTIAL);
        assertStatement("territorial claims are not up for debate", "Vladimir Putin", Mode.INDIRECT);
        assertStatement("the plan must respect Ukrainian sovereignty", "Ukraine", Mode.INDIRECT);
        assertStatement("their priorities include", "officials in Kyiv", Mode.INDIRECT);
        assertStatement("Moscow may use negotiations", "Ukrainian officials", Mode.INDIRECT);
        assertStatement("its red lines remain firm", "Ukraine", Mode.INDIRECT);
        assertStatement("Russia wants us to negotiate", "Andriy Yermak", Mode.DIRECT);
        assertStatement("But Ukraine will not trade land", "Andriy Yermak", Mode.DIRECT);
        assertStatement("the gulf between", "analysts", Mode.INDIRECT);
    }

    @Test
    void discoveredOfficial_hasRoleAndSpeaksForUkraine() {
        SpeakerRef yermak = containing("would never approve a deal").speaker();

        assertEquals(ActorKind.PERSON, yermak.kind());
        assertEquals("senior Ukrainian official", yermak.role());
        assertEquals("Ukraine", yermak.speaksFor());
        assertFalse(yermak.inCodebook());
    }

    @Test
    void ceasefireConditions_areExactlyPutinsConditions() {
        List<ExtractedStatement> onCeasefire = extraction.statements().stream()
                .filter(s -> s.topics().stream().anyMatch(t -> t.topicSlug().equals("ceasefire-conditions"))).toList();

        assertEquals(3, onCeasefire.size(), ExtractionFixture.describe(extraction));
        for (ExtractedStatement s : onCeasefire) assertEquals("Vladimir Putin", s.speaker().canonicalName());
    }

    @Test
    void noiseAndAddressees_neverBecomeActors() {
        List<String> names = extraction.actors().stream().map(SpeakerRef::canonicalName).toList();

        for (String bad : List.of("The Atlantic", "Atlantic", "Kyrgyzstan", "Quick Reads", "View All", "United States", "Donald Trump")) {
            assertFalse(names.contains(bad), bad + " in " + names);
        }
        for (ExtractedStatement s : extraction.statements()) {
            assertFalse(s.text().contains("View All") || s.text().contains("Quick Reads"), s.text());
        }
    }

    @Test
    void writersComments_areNotStatements() {
        for (ExtractedStatement s : extraction.statements()) {
            assertFalse(s.text().contains("reportedly includes"), s.text());
            assertFalse(s.text().contains("are now preparing"), s.text());
            assertFalse(s.text().contains("drawing a hard line"), s.text());
        }
        assertTrue(extraction.statements().size() >= 17 && extraction.statements().size() <= 19, ExtractionFixture.describe(extraction));
    }

    @Test
    void analystsDescribingBothSidesDemands_areNeutral() {
        ExtractedStatement s = containing("the gulf between");

        for (TopicStance ts : s.topics()) {
            assertEquals(org.positionstracker.topic.Stance.NEUTRAL, ts.stance(), ts.topicSlug());
        }
        assertFalse(s.topics().isEmpty());
    }
}
