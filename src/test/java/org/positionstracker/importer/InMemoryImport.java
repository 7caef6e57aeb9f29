package org.positionstracker.importer;

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
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;

/**
 * For importer tests about storage: a fresh in-memory database per test, an importer with the
 * {@link ScriptedExtractor}, files written to a temporary folder, and SQL results as strings.
 */
abstract class InMemoryImport {
    @TempDir
    Path dir;

    Database db;
    ArticleImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseLocation.parse("jdbc:h2:mem:import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        importer = new ArticleImporter(db, CodebookLoader.bundled(), new ScriptedExtractor());
    }

    @AfterEach
    void close() {
        db.close();
    }

    List<ImportOutcome> importAll(Path... files) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        importer.importFiles(List.of(files), outcomes::add);
        return outcomes;
    }

    /** Every column of every row, in order, as strings. */
    List<String> rows(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rs.next()) for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) values.add(rs.getString(i));
            return values;
        }
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
