package org.positionstracker.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Backend;
import org.positionstracker.db.Database;
import org.positionstracker.extract.NewsStatementExtractor;
import org.positionstracker.extract.SentenceNumbers;
import org.positionstracker.importer.ArticleImporter;

/** A statement stored without a speaker (speaker_id NULL) is corrected like any other, and evidences no one's position until it has a speaker. */
class UnattributedCorrectionIntegrationTests {
    private static final String TEXT = "Budget talks\n"
            + "Mayor Ann Cole said the tram fares would not rise next year.\n"
            + "\u201CWe will not accept any cut to the ceasefire monitoring budget,\u201D the joint statement said.\n";

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void importArticleWithAnUnattributedQuote() throws Exception {
        db = Database.open(Backend.H2.freshDatabase("unattributed"));
        Path file = dir.resolve("a.txt");
        Files.writeString(file, TEXT, StandardCharsets.UTF_8);
        new ArticleImporter(db, CodebookLoader.bundled(), new NewsStatementExtractor(CodebookLoader.bundled())).importFiles(List.of(file), o -> { });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void topicsThenSpeakerOfAnUnattributedStatement_recomputeOnlyTheNewSpeakersPosition() throws Exception {
        long statement = single("SELECT id FROM statement WHERE speaker_id IS NULL");
        Note note = new Note("checked", "tester", OffsetDateTime.now(ZoneOffset.UTC));
        Corrections corrections = new Corrections(db.idBlocks(), SentenceNumbers::at);

        Corrections.Effect onTopic = db.transactions().writeJdbc(c ->
                corrections.correct(c, corrections.statement(c, statement, false), statement, new Correction.Topics("territory=opposes"), note));
        Corrections.Effect attributed = db.transactions().writeJdbc(c ->
                corrections.correct(c, corrections.statement(c, statement, false), statement, new Correction.Speaker("Ann Cole"), note));

        assertEquals(1, onTopic.statements());
        assertEquals(0, onTopic.positionsRecomputed(), "a statement without a speaker is no one's position");
        assertEquals(1, attributed.statements());
        assertEquals(1, attributed.positionsRecomputed(), "Ann Cole on territory, and no actor for the missing speaker");
        assertEquals(1, single("SELECT p.statement_count FROM position p JOIN actor a ON a.id = p.actor_id JOIN topic t ON t.id = p.topic_id "
                + "WHERE a.canonical_name = 'Ann Cole' AND t.slug = 'territory'"));
    }

    private long single(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
