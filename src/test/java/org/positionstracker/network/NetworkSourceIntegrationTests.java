package org.positionstracker.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.positionstracker.db.Backend;
import org.positionstracker.db.Database;
import org.positionstracker.query.UnknownNameException;

/**
 * The network read from the reporting view, on a small hand-made record written straight into
 * the tables: which statements the topic and date filters keep, and what roll-up reads.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class NetworkSourceIntegrationTests {
    private static final long UKRAINE = 1, RUSSIA = 2, YERMAK = 3, PUTIN = 4;

    @Parameter
    Backend backend;

    private Database db;
    private long nextStatement = 100;

    @BeforeEach
    void openDatabase() throws SQLException {
        db = Database.open(backend.freshDatabase("network"));
        sql("INSERT INTO article (id, file_name, source_path, content_hash, body, body_length, extractor_version, imported_at) "
                + "VALUES (1, 'a.txt', 'a.txt', '" + "0".repeat(64) + "', 'body', 4, 'test', CURRENT_TIMESTAMP)");
        actor(UKRAINE, "Ukraine", "government", null);
        actor(RUSSIA, "Russia", "government", null);
        actor(YERMAK, "Andriy Yermak", "person", UKRAINE);
        actor(PUTIN, "Vladimir Putin", "person", RUSSIA);
        sql("INSERT INTO topic (id, slug, label) VALUES (1, 'territory', 'Territory')");
        sql("INSERT INTO topic (id, slug, label) VALUES (2, 'peace-plan', 'Peace plan')");
        sql("INSERT INTO topic (id, slug, label) VALUES (3, 'sanctions', 'Sanctions')");
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) ps.setObject(i + 1, parameters[i]);
            ps.executeUpdate();
            c.commit();
        }
    }

    private void actor(long id, String name, String kind, Long speaksFor) throws SQLException {
        sql("INSERT INTO actor (id, canonical_name, name_key, kind, speaks_for_id, origin, created_at) VALUES (?, ?, ?, ?, ?, 'codebook', CURRENT_TIMESTAMP)",
                id, name, name.toLowerCase(), kind, speaksFor);
    }

    /** A statement by the speaker on the given date (or none) with a stance on each topic (topic id, stance). */
    private void said(long speaker, String date, Object... topicsAndStances) throws SQLException {
        long id = nextStatement++;
        sql("INSERT INTO statement (id, article_id, speaker_id, mode, content_text, content_start, content_end, sentence_number, said_on) "
                + "VALUES (?, 1, ?, 'indirect', 'x', ?, ?, 1, ?)", id, speaker, (int) id * 10, (int) id * 10 + 5, date == null ? null : LocalDate.parse(date));
        for (int i = 0; i < topicsAndStances.length; i += 2)
            sql("INSERT INTO statement_topic (id, statement_id, topic_id, stance) VALUES (?, ?, ?, ?)",
                    id * 10 + i, id, topicsAndStances[i], topicsAndStances[i + 1]);
    }

    private NetworkExport export(NetworkType type, List<String> topics, String from, String to, boolean rollUp) {
        return NetworkExport.build(db, new NetworkRequest(type, topics, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), rollUp, Relation.BOTH));
    }

    /** Edge weights by "source label -- target label". */
    private static Map<String, Object> weights(Network network) {
        Map<String, String> labels = new TreeMap<>();
        network.nodes().forEach(n -> labels.put(n.id(), n.label()));
        Map<String, Object> weights = new TreeMap<>();
        network.edges().forEach(e -> weights.put(labels.get(e.source()) + " -- " + labels.get(e.target()), e.values().get("weight")));
        return weights;
    }

    @Test
    void dateFilter_keepsBothBoundaryDays_andLeavesOutUndatedStatements() throws SQLException {
        said(PUTIN, "2024-12-31", 1L, "demands");
        said(PUTIN, "2025-01-01", 1L, "demands");
        said(PUTIN, "2025-01-15", 1L, "demands");
        said(PUTIN, "2025-01-31", 1L, "demands");
        said(PUTIN, "2025-02-01", 1L, "demands");
        said(PUTIN, null, 1L, "demands");

        NetworkExport january = export(NetworkType.ACTOR_TOPIC, List.of(), "2025-01-01", "2025-01-31", false);

        assertEquals(Map.of("Vladimir Putin -- Territory", 3.0), weights(january.network()));
        assertEquals(3, january.statements());
        assertEquals(1, january.undatedLeftOut());
        assertTrue(january.summary().endsWith("; 1 statement without a date left out"), january.summary());
    }

    @Test
    void openEndedDateRanges_keepEverythingOnTheirSideOfTheBoundary() throws SQLException {
        said(PUTIN, "2025-01-31", 1L, "demands");
        said(PUTIN, "2025-02-01", 1L, "demands");
        said(PUTIN, null, 1L, "demands");

        assertEquals(2, export(NetworkType.ACTOR_TOPIC, List.of(), "2025-01-31", null, false).statements());
        assertEquals(1, export(NetworkType.ACTOR_TOPIC, List.of(), null, "2025-01-31", false).statements());
        NetworkExport undatedToo = export(NetworkType.ACTOR_TOPIC, List.of(), null, null, false);
        assertEquals(3, undatedToo.statements());
        assertEquals(0, undatedToo.undatedLeftOut());
    }

    @Test
    void topicFilter_takesSlugsAndLabels_andStatementsOnNoTopicAreLeftOut() throws SQLException {
        said(UKRAINE, null, 1L, "opposes", 2L, "opposes");
        said(RUSSIA, null, 1L, "demands", 3L, "opposes");
        said(RUSSIA, null);

        NetworkExport both = export(NetworkType.ACTOR_TOPIC, List.of("territory", "PEACE PLAN"), null, null, false);
        NetworkExport all = export(NetworkType.ACTOR_TOPIC, List.of(), null, null, false);

        assertEquals(Map.of("Russia -- Territory", 1.0, "Ukraine -- Peace plan", 1.0, "Ukraine -- Territory", 1.0), weights(both.network()));
        assertEquals(2, both.topics());
        assertEquals(2, all.statements(), "the statement on no topic is not in the network");
        assertEquals(3, all.topics());
    }

    @Test
    void unknownTopic_isRefusedNamingTheKnownOnes() {
        UnknownNameException e = assertThrows(UnknownNameException.class,
                () -> export(NetworkType.ACTOR_TOPIC, List.of("weather"), null, null, false));

        assertEquals("no topic 'weather'; known topics: peace-plan, sanctions, territory", e.getMessage());
    }

    @Test
    void rollUp_readsTheKindOfAnActorThatOnlyOthersSpeakFor() throws SQLException {
        said(YERMAK, null, 1L, "opposes");
        said(PUTIN, null, 1L, "demands");

        Network network = export(NetworkType.ACTOR_ACTOR, List.of(), null, null, true).network();

        assertEquals(Map.of("Russia -- Ukraine", 2.0), weights(network));
        assertEquals("government", network.nodes().get(0).values().get("kind"));
        assertEquals("actor-" + RUSSIA, network.nodes().get(0).id());
    }
}
