package org.positionstracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import org.positionstracker.extract.ArticleMutator;
import org.positionstracker.extract.NewsStatementExtractor;

/**
 * Imports seeded random mutations of the seed article (and every saved regression fixture) with
 * the real extractor: each import is all or nothing. An imported article has exactly the
 * statements the extractor finds in its stored text, every one with a valid span; a rejected one
 * leaves no trace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutatedImportIntegrationTests {
    private static final int SEEDS = 60;

    @TempDir
    static Path dir;

    private Database db;
    private ArticleImporter importer;
    private NewsStatementExtractor extractor;

    @BeforeAll
    void open() {
        Codebook codebook = CodebookLoader.bundled();
        extractor = new NewsStatementExtractor(codebook);
        db = Database.open(DatabaseLocation.parse("jdbc:h2:mem:mutated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        importer = new ArticleImporter(db, codebook, extractor);
    }

    @AfterAll
    void close() {
        db.close();
    }

    static Stream<String> articles() throws IOException {
        String seed = Files.readString(Path.of("seeds", "000_dcad965514c1b99f.txt"), StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= SEEDS; i++) names.add("seed-" + i);
        Path regressions = Path.of("src", "test", "resources", "regressions");
        try (Stream<Path> saved = Files.list(regressions)) {
            saved.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> names.add("fixture:" + p));
        }
        Files.writeString(dir.resolve("base.txt"), seed, StandardCharsets.UTF_8);
        return names.stream();
    }

    private static String textFor(String name) throws IOException {
        if (name.startsWith("fixture:")) return Files.readString(Path.of(name.substring("fixture:".length())), StandardCharsets.UTF_8);
        String base = Files.readString(dir.resolve("base.txt"), StandardCharsets.UTF_8);
        return ArticleMutator.mutate(base, new Random(Long.parseLong(name.substring("seed-".length()))));
    }

    @ParameterizedTest
    @MethodSource("articles")
    void mutatedArticle_isImportedWhollyOrNotAtAll(String name) throws Exception {
        String text = textFor(name);
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9-]", "_") + ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));

        List<ImportOutcome> outcomes = new ArrayList<>();
        importer.importFiles(List.of(file), outcomes::add);
        ImportOutcome outcome = outcomes.get(0);

        String why = name + " (" + outcome.describe() + "); if this fails, save the text as src/test/resources/regressions/" + name + ".txt:\n" + text;
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("""
                     SELECT a.body, s.content_text, s.content_start, s.content_end
                     FROM article a LEFT JOIN statement s ON s.article_id = a.id WHERE a.content_hash = ?""")) {
            q.setString(1, hash);
            int rows = 0;
            int statements = 0;
            String body = null;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    body = rs.getString(1);
                    if (rs.getString(2) != null) {
                        statements++;
                        assertEquals(body.substring(rs.getInt(3), rs.getInt(4)), rs.getString(2), why);
                    }
                }
            }
            switch (outcome.kind()) {
                case REJECTED -> assertEquals(0, rows, "a rejected article left rows behind: " + why);
                case IMPORTED, UNCHANGED, REPLACED -> {
                    assertTrue(rows > 0, "the article should be stored: " + why);
                    assertEquals(text, body, why);
                    long distinct = extractor.extract(body).statements().stream().map(s -> s.content()).distinct().count();
                    assertEquals(distinct, statements, "stored statements differ from what the extractor finds: " + why);
                }
            }
        }
    }
}
