package org.positionstracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Backend;
import org.positionstracker.db.Database;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.Extraction;
import org.positionstracker.extract.SentenceNumbers;
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.review.Correction;
import org.positionstracker.review.Corrections;
import org.positionstracker.review.Note;
import org.positionstracker.review.StatementKey;
import org.positionstracker.topic.Stance;

/** Corrections hold when a changed extractor re-extracts the article and draws the statement's boundaries differently. */
class CorrectionReapplyIntegrationTests {
    private static final String TEXT = "Title\nJane Roe for Freedonia | territory=opposes | we will not cede land\n"
            + "John Doe for Ruritania | territory=supports | the land is ours\n";

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void openDatabase() {
        db = Database.open(Backend.H2.freshDatabase("reapply"));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void correctionsOfAStatement_followItWhenAChangedExtractorMovesItsBoundaries() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, TEXT, StandardCharsets.UTF_8);
        new ArticleImporter(db, CodebookLoader.bundled(), new ScriptedExtractor()).importFiles(List.of(file), o -> { });
        long janeStatement = single("SELECT s.id FROM statement s JOIN actor a ON a.id = s.speaker_id WHERE a.canonical_name = 'Jane Roe'");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.transactions().writeJdbc(c -> {
            Corrections corrections = new Corrections(db.idBlocks(), SentenceNumbers::at);
            StatementKey key = corrections.statement(c, janeStatement, false);
            corrections.correct(c, key, null, new Correction.StanceOn("territory", Stance.DEMANDS), new Note("a demand", "t", now));
            return corrections.correct(c, key, null, new Correction.Speaker("John Doe"), new Note("his words", "t", now));
        });

        List<ImportOutcome> outcomes = new ArrayList<>();
        new ArticleImporter(db, CodebookLoader.bundled(), new TrimmingExtractor()).reextracting(true).importFiles(List.of(file), outcomes::add);

        assertEquals(ImportOutcome.Kind.REPLACED, outcomes.get(0).kind(), outcomes.toString());
        assertEquals("re-extracted", outcomes.get(0).detail());
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT speaker, stance, text, reviewed FROM v_statement_topic ORDER BY content_start")) {
            assertTrue(rs.next());
            assertEquals("John Doe", rs.getString(1));
            assertEquals("demands", rs.getString(2));
            assertEquals("we will not cede lan", rs.getString(3), "the new extractor's boundaries");
            assertTrue(rs.getBoolean(4));
            assertTrue(rs.next());
            assertEquals("John Doe", rs.getString(1));
            assertEquals("supports", rs.getString(2));
        }
        assertEquals(2, single("SELECT statement_count FROM position p JOIN actor a ON a.id = p.actor_id WHERE a.canonical_name = 'John Doe'"));
        assertEquals(0, single("SELECT COUNT(*) FROM position p JOIN actor a ON a.id = p.actor_id WHERE a.canonical_name = 'Jane Roe'"));
    }

    private long single(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    /** A "new version" of the scripted extractor whose statements end one character earlier. */
    private static final class TrimmingExtractor implements StatementExtractor {
        private final ScriptedExtractor scripted = new ScriptedExtractor();

        @Override
        public Extraction extract(String text) {
            Extraction original = scripted.extract(text);
            List<ExtractedStatement> trimmed = original.statements().stream().map(s -> {
                TextSpan content = new TextSpan(s.content().start(), s.content().end() - 1);
                return new ExtractedStatement(s.sentenceNumber(), s.mode(), content, content.coveredText(text), s.speaker(),
                        s.speakerMention(), s.cue(), s.topics(), s.rule());
            }).toList();
            return new Extraction(trimmed, original.actors());
        }

        @Override
        public String version() {
            return "Trimming-2";
        }
    }
}
