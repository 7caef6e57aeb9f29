package org.positionstracker.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.positionstracker.codebook.ActorEntry;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.actor.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.extract.Extraction;
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.topic.Stance;

class EvaluationTests {
    /** Written for these tests: two quotations with speech verbs, one reported belief. */
    static final String TEXT = "Mayor Ines Varga opened the session on Monday.\n\n"
            + "\u201CThe bridge will be finished by spring,\u201D Varga said.\n\n"
            + "Council member Tom Reed told reporters the budget was already spent.\n\n"
            + "Reed believes the contractors are overpaid.\n";

    @TempDir
    Path dir;

    private static final SpeechCues CUES = SpeechCues.bundled();

    private static String span(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0) throw new IllegalArgumentException(part);
        return at + " " + (at + part.length());
    }

    /** A brat file for TEXT with its three attributions, tied by events as PolNeAR writes them. */
    static String bratAnnotation() {
        return String.join("\n",
                "T1\tSource " + span(TEXT, "Varga said") .split(" ")[0] + " " + (TEXT.indexOf("Varga said") + 5) + "\tVarga",
                "T2\tCue " + span(TEXT, "said") + "\tsaid",
                "T3\tContent " + span(TEXT, "\u201CThe bridge will be finished by spring,\u201D") + "\t\u201CThe bridge will be finished by spring,\u201D",
                "T4\tAttribution " + span(TEXT, "said") + "\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tSource " + span(TEXT, "Council member Tom Reed") + "\tCouncil member Tom Reed",
                "T6\tCue " + span(TEXT, "told") + "\ttold",
                "T7\tContent " + span(TEXT, "the budget was already spent") + "\tthe budget was already spent",
                "E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5",
                "T8\tSource " + span(TEXT, "Reed believes").split(" ")[0] + " " + (TEXT.indexOf("Reed believes") + 4) + "\tReed",
                "T9\tCue " + span(TEXT, "believes") + "\tbelieves",
                "T10\tContent " + span(TEXT, "the contractors are overpaid") + "\tthe contractors are overpaid",
                "E3\tAttribution:T9 Content:T10 Cue:T9 Source:T8",
                "T11\tDiscuss " + span(TEXT, "opened the session") + "\topened the session",
                "#1\tAnnotatorNotes T11\ta note that goes on",
                "over two lines",
                "");
    }

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private EvaluationReport evaluate(StatementExtractor extractor) {
        return new Evaluation(extractor, 0.3, CUES).run(dir, (done, total) -> {
        });
    }

    private static FakeExtractor allThree() {
        return new FakeExtractor()
                .says("Ines Varga", "Varga", "The bridge will be finished by spring")
                .says("Tom Reed", "Council member Tom Reed", "the budget was already spent")
                .says("Tom Reed", "Reed", "the contractors are overpaid");
    }

    @Test
    void bratArticleFoundCompletely_scoresOneEverywhere() throws IOException {
        write("a.txt", TEXT);
        write("a.ann", bratAnnotation());

        EvaluationReport report = evaluate(allThree());

        Scores.Level o = report.overall().atOverlap();
        assertEquals(1, report.articles());
        assertEquals(3, report.overall().gold());
        assertEquals(1.0, o.recall().value());
        assertEquals(1.0, o.precision().value());
        assertEquals(1.0, o.f1());
        assertEquals(1.0, o.speaker().value());
        assertEquals(1.0, report.overall().exact().recall().value(), "quotation marks and final punctuation are trimmed");
    }

    @Test
    void bratAttributions_areSplitByQuotationAndSpeechCue() throws IOException {
        write("a.txt", TEXT);
        write("a.ann", bratAnnotation());

        Scores.Level o = evaluate(allThree()).overall().atOverlap();

        assertEquals(1, o.quotedSpeech().of());
        assertEquals(1, o.reportedSpeech().of());
        assertEquals(1, o.reportedOther().of(), "'believes' is a thought, not speech");
        assertEquals(0, o.quotedOther().of());
    }

    @Test
    void droppedStatement_lowersRecallNotPrecision() throws IOException {
        write("a.txt", TEXT);
        write("a.ann", bratAnnotation());
        FakeExtractor withoutTheQuote = new FakeExtractor()
                .says("Tom Reed", "Council member Tom Reed", "the budget was already spent")
                .says("Tom Reed", "Reed", "the contractors are overpaid");

        EvaluationReport report = evaluate(withoutTheQuote);

        Scores.Level o = report.overall().atOverlap();
        assertEquals(2, o.recall().count());
        assertEquals(0.667, o.recall().value());
        assertEquals(0.0, o.quotedSpeech().value());
        assertEquals(1.0, o.precision().value());
        EvaluationError miss = report.errors().get(0);
        assertEquals("missed", miss.kind());
        assertEquals("quoted-speech", miss.goldKind());
        assertEquals("said", miss.cue());
    }

    @Test
    void statementThatIsNoAttribution_lowersPrecisionAndNamesItsRule() throws IOException {
        write("a.txt", TEXT);
        write("a.ann", bratAnnotation());

        EvaluationReport report = evaluate(allThree().says("Ines Varga", null, "opened the session on Monday"));

        assertEquals(0.75, report.overall().atOverlap().precision().value());
        assertEquals(List.of(new Scores.Rule("fake-rule", Scores.Ratio.of(3, 4), Scores.Ratio.of(3, 3))), report.perRule());
        EvaluationError wrong = report.errors().stream().filter(e -> e.kind().equals("wrong")).findFirst().orElseThrow();
        assertEquals("fake-rule", wrong.rule());
        assertEquals("opened the session on Monday", wrong.text());
    }

    @Test
    void predictionCoveringTooLittle_isMissedAtTheThresholdButCountsWithALowerOne() throws IOException {
        write("a.txt", TEXT);
        write("a.ann", bratAnnotation());
        FakeExtractor piece = new FakeExtractor().says("Tom Reed", "Council member Tom Reed", "budget");

        Scores.Level strict = evaluate(piece).overall().atOverlap();
        Scores.Level lenient = new Evaluation(piece, 0.2, CUES).run(dir, (d, t) -> {
        }).overall().atOverlap();

        assertEquals(0, strict.recall().count(), "6 of 24 characters is 0.25");
        assertEquals(1, lenient.recall().count());
    }

    @Test
    void quotationSplitIntoPieces_isFoundAndEveryPieceIsCorrect() throws IOException {
        String text = "\u201CThe bridge is late. The budget is gone. We start again in May,\u201D Varga said.\n";
        write("b.txt", text);
        write("b.gold.json", "[{\"speaker\": \"Varga\", \"mode\": \"direct\", \"contains\": \"late\","
                + " \"extent\": \"The bridge is late. The budget is gone. We start again in May,\"}]");
        FakeExtractor pieces = new FakeExtractor()
                .says("Varga", "Varga", "The bridge is late.")
                .says("Varga", "Varga", "The budget is gone.")
                .says("Varga", "Varga", "We start again in May,");

        Scores.Level o = evaluate(pieces).overall().atOverlap();

        assertEquals(1.0, o.recall().value(), "each piece alone is under a third of the quotation");
        assertEquals(1.0, o.precision().value());
    }

    @Test
    void predictionFarLongerThanTheGold_isWrongAndDoesNotFindIt() throws IOException {
        write("a.txt", TEXT);
        write("a.ann", bratAnnotation());
        String paragraphs = TEXT.substring(TEXT.indexOf("Council"), TEXT.indexOf("overpaid"));
        FakeExtractor greedy = new FakeExtractor().says("Tom Reed", "Council member Tom Reed", paragraphs);

        EvaluationReport report = evaluate(greedy);

        assertEquals(0, report.overall().atOverlap().recall().count());
        assertEquals(0.0, report.overall().atOverlap().precision().value());
    }

    @Test
    void wrongSpeaker_isCountedOnFoundStatementsOnly() throws IOException {
        write("a.txt", TEXT);
        write("a.ann", bratAnnotation());
        FakeExtractor confused = new FakeExtractor()
                .says("Tom Reed", null, "The bridge will be finished by spring")
                .says("Tom Reed", "Council member Tom Reed", "the budget was already spent");

        EvaluationReport report = evaluate(confused);

        assertEquals(1, report.overall().atOverlap().speaker().count());
        assertEquals(2, report.overall().atOverlap().speaker().of());
        assertTrue(report.errors().stream().anyMatch(e -> e.kind().equals("wrong-speaker") && e.goldSpeaker().equals("Varga")));
    }

    @Test
    void pronounAndRelativePronounSources_acceptTheNamedSpeakerTheyStandFor() throws IOException {
        String text = "Ines Varga said the bridge was late. She said the budget was gone.\n"
                + "The works were led by engineer Tom Reed, who told reporters the steel was cheap.\n";
        write("c.txt", text);
        write("c.ann", String.join("\n",
                "T1\tSource " + span(text, "Ines Varga") + "\tInes Varga",
                "T2\tContent " + span(text, "the bridge was late") + "\tthe bridge was late",
                "E1\tAttribution:T1 Source:T1 Content:T2",
                "T3\tSource " + span(text, "She") + "\tShe",
                "T4\tContent " + span(text, "the budget was gone") + "\tthe budget was gone",
                "E2\tAttribution:T3 Source:T3 Content:T4",
                "T5\tSource " + span(text, "who") + "\twho",
                "T6\tContent " + span(text, "the steel was cheap") + "\tthe steel was cheap",
                "E3\tAttribution:T5 Source:T5 Content:T6", ""));
        FakeExtractor resolved = new FakeExtractor()
                .says("Ines Varga", "Ines Varga", "the bridge was late")
                .says("Ines Varga", "Ines Varga", "the budget was gone")
                .says("Tom Reed", "engineer Tom Reed", "the steel was cheap");

        Scores.Level o = evaluate(resolved).overall().atOverlap();

        assertEquals(1.0, o.speaker().value());
    }

    @Test
    void polnearLayout_readsTheFirstAnnotationFileOfTheSiblingFolder() throws IOException {
        write("text/a.txt", TEXT);
        write("attributions/a_0b1c.ann", bratAnnotation());
        write("attributions/a_9f9f.ann", "");

        EvaluationReport report = evaluate(allThree());

        assertEquals(3, report.overall().gold());
    }

    @Test
    void polnearLayout_doesNotTakeAnotherArticlesFileWhoseNameStartsTheSame() throws IOException {
        write("text/a.txt", TEXT);
        write("text/a_b.txt", TEXT);
        write("attributions/a_b.ann", bratAnnotation());

        GoldFolder.Listing listing = GoldFolder.list(dir);

        assertEquals(List.of("a_b"), listing.entries().stream().map(GoldFolder.Entry::name).toList());
        assertEquals(1, listing.textsWithoutGold().size());
    }

    @Test
    void bratOffsetsThatDoNotMatchTheText_areCounted() throws IOException {
        write("a.txt", TEXT);
        write("a.ann", bratAnnotation().replace("\tthe budget was already spent", "\tthe budget was spent"));

        GoldCheck check = evaluate(allThree()).goldCheck();

        assertEquals(1, check.spanMismatches());
        assertTrue(check.problems().get(0).contains("T7"), check.problems().toString());
    }

    @Test
    void bratOffsetsCountingCodePointsAndOneCharLineEnds_areReadInThatConvention() throws IOException {
        String text = "Flood warning \uD83C\uDF0A lifted.\r\n\r\nTom Reed told reporters the river had dropped.\r\n";
        String python = text.replace("\r\n", "\n").replace("\uD83C\uDF0A", "W");
        write("a.txt", text);
        write("a.ann", String.join("\n",
                "T1\tSource " + span(python, "Tom Reed") + "\tTom Reed",
                "T2\tCue " + span(python, "told") + "\ttold",
                "T3\tContent " + span(python, "the river had dropped") + "\tthe river had dropped",
                "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3", ""));
        FakeExtractor extractor = new FakeExtractor().says("Tom Reed", "Tom Reed", "the river had dropped");

        EvaluationReport report = evaluate(extractor);

        assertEquals(0, report.goldCheck().spanMismatches(), report.goldCheck().problems().toString());
        assertTrue(report.goldCheck().problems().get(0).contains("code points, with \\r\\n as one character"));
        assertEquals(1.0, report.overall().exact().recall().value());
    }

    @Test
    void bratRelationsInsteadOfEvents_tieSourceCueAndContent() throws IOException {
        write("a.txt", TEXT);
        write("a.ann", String.join("\n",
                "T1\tSource " + span(TEXT, "Council member Tom Reed") + "\tCouncil member Tom Reed",
                "T2\tCue " + span(TEXT, "told") + "\ttold",
                "T3\tContent " + span(TEXT, "the budget was already spent") + "\tthe budget was already spent",
                "R1\tSource Arg1:T2 Arg2:T1",
                "R2\tContent Arg1:T2 Arg2:T3", ""));

        EvaluationReport report = evaluate(allThree());

        assertEquals(1, report.overall().gold());
        assertEquals(1, report.overall().atOverlap().reportedSpeech().of());
        assertEquals(1.0, report.overall().atOverlap().speaker().value());
    }

    /** Project gold JSON for TEXT, with topics and stances on the reported statement. */
    static String goldJson() {
        return """
                [
                  {"speaker": "Ines Varga", "alt_speakers": ["Varga"], "mode": "direct",
                   "contains": "finished by spring", "topics": []},
                  {"speaker": "Tom Reed", "mode": "indirect", "contains": "budget was already spent",
                   "extent": "the budget was already spent", "topics": ["budget", "works"],
                   "stances": {"budget": "opposes", "works": "neutral"}, "note": "told reporters"}
                ]
                """;
    }

    @Test
    void goldJson_scoresTopicsAndStances() throws IOException {
        write("a.txt", TEXT);
        write("a.gold.json", goldJson());
        FakeExtractor extractor = new FakeExtractor()
                .says("Ines Varga", "The bridge will be finished by spring", "works", Stance.SUPPORTS)
                .says("Tom Reed", "the budget was already spent", "budget", Stance.OPPOSES);

        EvaluationReport report = evaluate(extractor);

        Scores.Topics topics = report.overall().topics();
        assertEquals(1.0, report.overall().atOverlap().recall().value());
        assertEquals(1.0, report.overall().atOverlap().speaker().value());
        assertEquals(1, topics.recall().count());
        assertEquals(2, topics.recall().of(), "gold: budget and works on the second statement, budget predicted");
        assertEquals(0.5, topics.precision().value(), "works predicted on the first statement, whose gold has no topic");
        assertEquals(0.5, topics.stance().value(), "budget right; works not predicted there");
        assertEquals(1.0, topics.stanceWhereTopic().value());
    }

    @Test
    void goldJsonWithoutTopics_reportsNoTopicScores() throws IOException {
        write("a.txt", TEXT);
        write("a.gold.json", "[{\"speaker\": \"Tom Reed\", \"mode\": \"indirect\", \"contains\": \"the budget was already spent\"}]");

        EvaluationReport report = evaluate(allThree());

        assertNull(report.overall().topics());
        assertEquals(1.0, report.overall().atOverlap().recall().value());
    }

    @Test
    void goldSpeakerWrittenAsACodebookAlias_isTheCodebookActor() throws IOException {
        write("a.txt", TEXT);
        write("a.gold.json", "[{\"speaker\": \"Thomas Reed\", \"mode\": \"indirect\", \"contains\": \"the budget was already spent\"}]");
        Codebook book = new Codebook("test", List.of(new ActorEntry("Tom Reed", ActorKind.PERSON, null, null, List.of("Thomas Reed"), List.of())),
                List.of());

        Scores.Level withAliases = new Evaluation(allThree(), 0.3, CUES, book).run(dir, (d, t) -> {
        }).overall().atOverlap();
        Scores.Level without = evaluate(allThree()).overall().atOverlap();

        assertEquals(1.0, withAliases.speaker().value());
        assertEquals(0.0, without.speaker().value());
    }

    @Test
    void goldJsonWithAnUnknownStance_failsNamingTheFileAndItem() throws IOException {
        write("a.txt", TEXT);
        write("a.gold.json", goldJson().replace("\"opposes\"", "\"hates\""));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> evaluate(allThree()));

        assertTrue(e.getMessage().contains("a.gold.json: item 2") && e.getMessage().contains("hates"), e.getMessage());
    }

    @Test
    void folderWithoutGold_failsWithOneLine() throws IOException {
        write("a.txt", TEXT);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> evaluate(allThree()));

        assertTrue(e.getMessage().contains("no annotated articles"), e.getMessage());
    }

    @Test
    void extractorThatThrows_isCountedAsFailedArticle() throws IOException {
        write("a.txt", TEXT);
        write("a.ann", bratAnnotation());
        StatementExtractor failing = text -> {
            if (text.contains("Varga")) throw new IllegalStateException("boom");
            return new Extraction(List.of(), List.of());
        };

        EvaluationReport report = evaluate(failing);

        assertEquals(1, report.failedArticles());
        assertEquals(0.0, report.overall().atOverlap().recall().value());
        assertEquals("failed", report.errors().get(0).kind());
    }
}
