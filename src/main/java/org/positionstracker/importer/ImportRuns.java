package org.positionstracker.importer;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.positionstracker.db.Database;
import org.positionstracker.position.PositionLedger;

/**
 * The import_run table: an import notes itself there at its start and removes its row when it ends
 * cleanly. A row left behind means an import was killed or had a commit fail, which may have left
 * positions out of step with their evidence; the next import rebuilds those first.
 */
final class ImportRuns {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Repairs what an earlier unclean import may have left, notes this run, and returns its id. */
    static long begin(Database database, PositionLedger positions) throws SQLException {
        long id = RANDOM.nextLong();
        return database.transactions().writeJdbc(c -> {
            if (anyLeftBehind(c)) {
                positions.repairDrift(c);
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM import_run")) {
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO import_run (id, started_at) VALUES (?, ?)")) {
                insert.setLong(1, id);
                insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return id;
        });
    }

    /** This run ended cleanly: nothing for the next one to repair. */
    static void end(Database database, long id) throws SQLException {
        database.transactions().writeJdbc(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM import_run WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    private static boolean anyLeftBehind(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM import_run FETCH FIRST 1 ROWS ONLY"); ResultSet rs = q.executeQuery()) {
            return rs.next();
        }
    }

    private ImportRuns() {
    }
}
