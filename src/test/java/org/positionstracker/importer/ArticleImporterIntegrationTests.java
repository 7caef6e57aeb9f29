package org.positionstracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Backend;
import org.positionstracker.db.Database;
import org.positionstracker.query.StatementFilter;
import org.positionstracker.query.TrackerQueries;
import org.positionstracker.query.Views.ConflictView;
import org.positionstracker.query.Views.PositionView;

/** The importer against a real database, once on H2 and once on PostgreSQL, each test on a fresh database. */
@ParameterizedClass
@EnumSource(Backend.class)
class ArticleImporterIntegrationTests {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private Database db;
    private ArticleImporter importer;
    private TrackerQueries queries;

    @BeforeEach
    void openDatabase() {
        db = Database.open(backend.freshDatabase("import"));
        importer = new ArticleImporter(db, CodebookLoader.bundled(), new ScriptedExtractor());
        queries = new TrackerQueries(db.transactions());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Path article(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<ImportOutcome> run(Path... paths) {
        List<ImportOutcome> seen = new ArrayList<>();
        importer.importFiles(List.of(paths), seen::add);
        return seen;
    }

    private long count(String table) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void importingTheSameFileTwice_changesNothingTheSecondTime() throws Exception {
        Path file = article("a.txt", "Headline\nJane Roe for Freedonia | territory=opposes | we will not cede land\n");
        run(file);
        long statements = count("statement");
        long actors = count("actor");

        List<ImportOutcome> second = run(file);

        assertEquals(ImportOutcome.Kind.UNCHANGED, second.get(0).kind());
        assertEquals(statements, count("statement"));
        assertEquals(actors, count("actor"));
        assertEquals(1, count("article"));
    }

    @Test
    void storedSpans_matchTheStoredArticleText() throws Exception {
        Path file = article("a.txt", "\uFEFFTitle\r\nJane Roe | negotiations=supports | talks can start\r\n");

        run(file);

        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT s.content_text, SUBSTRING(a.body, s.content_start + 1, s.content_end - s.content_start) FROM statement s JOIN article a ON a.id = s.article_id")) {
            assertTrue(rs.next());
            assertEquals("talks can start", rs.getString(1));
            assertEquals(rs.getString(1), rs.getString(2));
        }
    }

    @Test
    void anArticleWhoseExtractionFails_isRejectedWhileOthersImport() throws Exception {
        Path bad = article("bad.txt", "Title\nFAIL\nJane Roe | territory=opposes | never\n");
        Path good = article("good.txt", "Title\nJohn Doe | territory=supports | yes\n");

        List<ImportOutcome> outcomes = run(bad, good);

        assertEquals(ImportOutcome.Kind.REJECTED, outcomes.get(0).kind());
        assertEquals(ImportOutcome.Kind.IMPORTED, outcomes.get(1).kind());
        assertEquals(1, count("article"));
        assertEquals(1, count("statement"));
    }

    @Test
    void aFailingWrite_leavesNothingOfTheArticle() throws Exception {
        Path file = article("a.txt", "Title\nJane Roe | no-such-topic=opposes | first\n" + "x".repeat(10) + "\n");
        try (Connection c = db.dataSource().getConnection()) {
            c.createStatement().execute("ALTER TABLE statement ADD CONSTRAINT test_no_first CHECK (content_text <> 'first')");
            c.commit();
        }

        List<ImportOutcome> outcomes = run(file);

        assertEquals(ImportOutcome.Kind.REJECTED, outcomes.get(0).kind());
        assertTrue(outcomes.get(0).detail().contains("database refused"), outcomes.get(0).detail());
        assertEquals(0, count("article"));
        assertEquals(0, count("statement"));
    }

    @Test
    void aChangedFile_replacesItsEarlierVersion() throws Exception {
        Path file = article("a.txt", "Title\nJane Roe | territory=opposes | old words\n");
        run(file);
        Files.writeString(file, "Title\nJane Roe | territory=supports | new words\n");

        List<ImportOutcome> outcomes = run(file);

        assertEquals(ImportOutcome.Kind.REPLACED, outcomes.get(0).kind());
        assertEquals(1, count("article"));
        assertEquals(List.of("new words"), queries.statements(StatementFilter.all()).stream().map(s -> s.text()).toList());
        assertEquals("supports", queries.positions("Jane Roe", "territory").get(0).stance());
    }

    @Test
    void foldersAreSearchedRecursivelyForArticleFormats_otherFilesAreLeftOut() throws Exception {
        article("x/one.txt", "T\nA One | territory=opposes | a\n");
        article("x/deeper/two.txt", "T\nB Two | territory=opposes | b\n");
        article("x/notes.docx", "T\nC Three | territory=opposes | c\n");

        List<ImportOutcome> outcomes = run(dir.resolve("x"));

        assertEquals(2, outcomes.size());
        assertEquals(2, count("article"));
    }

    @Test
    void positionsRollUpFromPeopleToWhomTheySpeakFor_andConflictsPairOpposites() throws Exception {
        article("a.txt", """
                Title
                Anna Minister for Freedonia | territory=opposes | no land will be given
                Boris Envoy for Sylvania | territory=demands | the land must be handed over
                Carl Aide for Freedonia | territory=opposes | not one village
                """);

        run(dir.resolve("a.txt"));
        List<PositionView> freedonia = queries.positions("Freedonia", "territory");
        List<ConflictView> conflicts = queries.conflicts("Territory");

        assertEquals(1, freedonia.size());
        assertEquals("opposes", freedonia.get(0).stance());
        assertEquals(2, freedonia.get(0).statements());
        assertEquals(0, freedonia.get(0).ownStatements());
        assertTrue(conflicts.stream().anyMatch(c -> (c.actorA() + c.actorB()).contains("Freedonia") && (c.actorA() + c.actorB()).contains("Sylvania")),
                conflicts.toString());
        assertEquals(2, queries.statements(StatementFilter.all().withActor("Freedonia", true)).size());
        assertEquals(0, queries.statements(StatementFilter.all().withActor("Freedonia", false)).size());
    }

    @Test
    void topicsAreFoundBySlugOrLabel_caseAndSeparatorInsensitive() throws Exception {
        run(article("a.txt", "T\nA One | ceasefire-conditions=conditional | only after withdrawal\nB Two | territory=opposes | no\n"));

        int bySlug = queries.statements(StatementFilter.all().withTopic("ceasefire-conditions")).size();
        int byLabel = queries.statements(StatementFilter.all().withTopic("Ceasefire conditions")).size();
        int bySpaces = queries.statements(StatementFilter.all().withTopic("ceasefire conditions")).size();

        assertEquals(1, bySlug);
        assertEquals(1, byLabel);
        assertEquals(1, bySpaces);
    }
}
