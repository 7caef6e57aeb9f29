package org.positionstracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import org.positionstracker.extract.NewsStatementExtractor;

/** Statement dates with the real extractor: the relative day moves the statement whose own sentence names it, and only that one. */
class StatementDatesIntegrationTests {
    @TempDir
    Path dir;

    private Database db;
    private ArticleImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseLocation.parse("jdbc:h2:mem:dates-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        importer = new ArticleImporter(db, CodebookLoader.bundled(), new NewsStatementExtractor(CodebookLoader.bundled()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void dayInTheAttributionAfterAQuote_movesThatQuote_notTheNextSentence() throws Exception {
        Path file = write("a.txt", "---\npublished: 2025-11-28\n---\n"
                + "\"The budget is a disaster,\" Mayor Ruth Baxter told reporters on Thursday. \"We will not sign it.\"\n");

        importOne(file);

        assertEquals(List.of("The budget is a disaster|2025-11-27", "We will not sign it.|2025-11-28"), datesByText());
    }

    @Test
    void twoLineArticleWithFrontMatter_eachStatementTakesItsOwnDay() throws Exception {
        Path file = write("b.txt", "---\npublished: 2025-11-28\n---\n"
                + "Union leader Tom Reed said on Monday that the strike would go on.\n"
                + "Mayor Ruth Baxter said yesterday that the city would not raise its offer.\n");

        importOne(file);

        assertEquals(List.of("the strike would go on|2025-11-24", "the city would not raise its offer|2025-11-27"), datesByText());
    }

    @Test
    void sidecarDate_withSeveralDayNames_eachSentenceItsOwn() throws Exception {
        Path file = write("c.txt", "Talks\n\n"
                + "Mr. Reed said on Tuesday that the union wanted a new offer.\n"
                + "Ms. Baxter said the city had no more money.\n"
                + "On Wednesday, Reed told the council that members would vote.\n");
        write("c.meta.yaml", "published: 2025-11-28\n");

        importOne(file);

        assertEquals(List.of("the union wanted a new offer|2025-11-25", "the city had no more money|2025-11-28",
                "members would vote|2025-11-26"), datesByText());
    }

    private void importOne(Path file) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        importer.importFiles(List.of(file), outcomes::add);
        assertEquals(ImportOutcome.Kind.IMPORTED, outcomes.get(0).kind(), outcomes.get(0).describe());
    }

    private List<String> datesByText() throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT content_text, said_on FROM statement ORDER BY content_start");
             ResultSet rs = ps.executeQuery()) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) rows.add(rs.getString(1) + "|" + rs.getString(2));
            return rows;
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
