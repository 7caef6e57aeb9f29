package org.positionstracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.positionstracker.db.Backend;
import org.positionstracker.db.DatabaseLocation;

/**
 * The date arithmetic of actor-activity (the seed article has no date), on both databases: the
 * report reads only v_statement_topic, so a table of that name with dated rows stands in for it.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ActorActivityReportIntegrationTests {
    @Parameter
    Backend backend;

    private DatabaseLocation location;
    private final NamedReport report = new ReportCatalog(null).load("actor-activity");

    @BeforeEach
    void datedStatements() throws SQLException {
        location = backend.freshDatabase("activity");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE v_statement_topic (statement_id BIGINT, article_id BIGINT, speaker VARCHAR(100),"
                    + " topic VARCHAR(100), said_on DATE, published_on DATE)");
            s.execute("""
                    INSERT INTO v_statement_topic VALUES
                      (1, 10, 'Putin',  'territory',   DATE '2024-03-04', DATE '2024-03-05'),
                      (1, 10, 'Putin',  'peace-plan',  DATE '2024-03-04', DATE '2024-03-05'),
                      (2, 10, 'Putin',  'territory',   NULL,              DATE '2024-03-05'),
                      (3, 11, 'Putin',  NULL,          DATE '2024-04-30', DATE '2024-05-01'),
                      (4, 12, 'Yermak', 'territory',   DATE '2024-03-04', DATE '2024-03-04'),
                      (5, 13, 'Yermak', 'territory',   NULL,              NULL)
                    """);
            if (!c.getAutoCommit()) c.commit();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
    }

    private List<String> run(Map<String, String> params) throws SQLException {
        try (Connection c = connect()) {
            return ReportRunner.run(report, params, c).rows().stream()
                    .map(r -> String.join(" ", r.stream().map(ReportResult::text).toList())).toList();
        }
    }

    @Test
    void perMonth_countsStatementsArticlesAndTopics_datingBySaidOnElsePublishedOn() throws SQLException {
        assertEquals(List.of("Putin 2024-03 2 1 2", "Putin 2024-04 1 1 0", "Yermak 2024-03 1 1 1", "Yermak  1 1 1"), run(Map.of()));
    }

    @Test
    void perDay_withADateRange_dropsUndatedAndOutOfRangeStatements() throws SQLException {
        assertEquals(List.of("Putin 2024-03-04 1 1 2", "Putin 2024-03-05 1 1 1", "Yermak 2024-03-04 1 1 1"),
                run(Map.of("period", "day", "from_date", "2024-03-01", "to_date", "2024-03-31")));
    }

    @Test
    void oneActor_andAnUnknownPeriod() throws SQLException {
        assertEquals(List.of("Yermak 2024-03 1 1 1", "Yermak  1 1 1"), run(Map.of("actor", "yermak")));
        assertEquals(List.of(), run(Map.of("period", "week")));
    }
}
