package org.positionstracker.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.extract.NewsStatementExtractor;
import org.positionstracker.importer.ArticleImporter;
import org.positionstracker.importer.ImportOutcome;
import org.positionstracker.importer.ImportSummary;
import org.positionstracker.query.StatementFilter;
import org.positionstracker.query.TrackerQueries;
import org.positionstracker.query.Views.ActorView;
import org.positionstracker.query.Views.PositionView;
import org.positionstracker.query.Views.StatementView;
import org.positionstracker.query.Views.TopicView;
import org.positionstracker.statement.Mode;

/**
 * The seed article imported into H2 and into PostgreSQL gives identical answers to every
 * service query: statements (all, by topic slug and label, by actor and alias with and without
 * members, by mode, by article, paged, combined), positions (all and filtered), conflicts,
 * actors and topics, and the same message for unknown names.
 *
 * <p>Ids come from each database's sequences, so they are mapped out before comparing: a
 * statement id becomes the statement's place in the full statement listing of its own database,
 * which still checks that evidence points at the same statements.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackendEquivalenceIntegrationTests {
    private static final Path SEEDS = Path.of("seeds");

    private Database h2;
    private Database postgres;
    private Side onH2;
    private Side onPostgres;

    /** One database with its queries and its statement id -> place mapping. */
    private record Side(String name, TrackerQueries queries, Map<Long, Long> place) {
    }

    @BeforeAll
    void importTheSeedIntoBothDatabases() {
        Codebook book = CodebookLoader.bundled();
        NewsStatementExtractor extractor = new NewsStatementExtractor(book);
        h2 = Database.open(Backend.H2.freshDatabase("equivalence"));
        postgres = Database.open(Backend.POSTGRESQL.freshDatabase("equivalence"));
        onH2 = importSeeds("H2", h2, book, extractor);
        onPostgres = importSeeds("PostgreSQL", postgres, book, extractor);
    }

    private static Side importSeeds(String name, Database db, Codebook book, NewsStatementExtractor extractor) {
        ImportSummary summary = new ArticleImporter(db, book, extractor).importFiles(List.of(SEEDS), outcome -> {
        });
        assertTrue(summary.count(ImportOutcome.Kind.IMPORTED) >= 1 && !summary.anyRejected(), name + ": " + summary.describe());
        TrackerQueries queries = new TrackerQueries(db.transactions());
        Map<Long, Long> place = new HashMap<>();
        List<StatementView> all = queries.statements(StatementFilter.all());
        for (int i = 0; i < all.size(); i++) place.put(all.get(i).id(), (long) i);
        return new Side(name, queries, place);
    }

    @AfterAll
    void close() {
        if (h2 != null) h2.close();
        if (postgres != null) postgres.close();
    }

    // --- the comparison ------------------------------------------------------------------------

    /** Runs one query on both databases and asserts identical answers (ids mapped out), or identical errors. */
    private void same(String description, Function<TrackerQueries, ?> query) {
        Object h2Answer = answer(onH2, query);
        Object postgresAnswer = answer(onPostgres, query);
        assertEquals(h2Answer, postgresAnswer, description + ": H2 and PostgreSQL differ");
    }

    private static Object answer(Side side, Function<TrackerQueries, ?> query) {
        try {
            return normalise(side, query.apply(side.queries()));
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /**
     * The answer as plain lists and maps (a record becomes its components by name), with every
     * statement id replaced by the statement's place in its database's full listing. Any other
     * id-like component fails the test: ids differ between databases and need a mapping here.
     */
    private static Object normalise(Side side, Object value) {
        if (value instanceof List<?> list) return list.stream().map(item -> normalise(side, item)).toList();
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, normalise(side, v)));
            return copy;
        }
        if (value == null || !value.getClass().isRecord()) return value;
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("record", value.getClass().getSimpleName());
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            String name = component.getName();
            Object v;
            try {
                v = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            boolean statementId = name.equals("statementId") || (value instanceof StatementView && name.equals("id"));
            if (statementId) v = place(side, ((Number) v).longValue());
            else if (name.equals("id") || name.endsWith("Id"))
                throw new IllegalStateException(value.getClass().getSimpleName() + "." + name + " is an id: map it before comparing");
            else v = normalise(side, v);
            components.put(name, v);
        }
        return components;
    }

    private static long place(Side side, long statementId) {
        Long place = side.place().get(statementId);
        if (place == null) throw new AssertionError(side.name() + ": statement " + statementId + " is not in the full listing");
        return place;
    }

    // --- what the seed gives, to compare ------------------------------------------------------

    private List<TopicView> topics() {
        return onH2.queries().topics();
    }

    private List<ActorView> actors() {
        return onH2.queries().actors();
    }

    @Test
    void theSeedGivesSomethingToCompare() {
        int statements = onH2.queries().statements(StatementFilter.all()).size();
        assertTrue(statements >= 10, "statements from the seed: " + statements);
        assertFalse(onH2.queries().positions(null, null).isEmpty());
        assertFalse(onH2.queries().conflicts(null).isEmpty());
        assertTrue(actors().stream().anyMatch(a -> !a.aliases().isEmpty()));
        assertEquals(onH2.place().size(), onPostgres.place().size(), "statements stored");
    }

    @Test
    void actorsAndTopics_areIdentical() {
        same("actors", TrackerQueries::actors);
        same("topics", TrackerQueries::topics);
    }

    @Test
    void statements_allByArticleByModeAndPaged_areIdentical() {
        same("statements", q -> q.statements(StatementFilter.all()));
        for (String article : articles()) same("statements --article " + article, q -> q.statements(StatementFilter.all().withArticle(article)));
        for (Mode mode : Mode.values()) same("statements --mode " + mode, q -> q.statements(StatementFilter.all().withMode(mode)));
        for (int[] page : new int[][] {{5, 0}, {5, 5}, {7, 3}, {1, 0}, {3, 1000}, {0, 10}})
            same("statements --limit " + page[0] + " --offset " + page[1], q -> q.statements(StatementFilter.all().page(page[0], page[1])));
        same("statements --article unknown", q -> q.statements(StatementFilter.all().withArticle("no-such-file.txt")));
    }

    @Test
    void statements_byTopicSlugAndLabel_areIdentical() {
        assertFalse(topics().isEmpty());
        for (TopicView t : topics()) {
            same("statements --topic " + t.slug(), q -> q.statements(StatementFilter.all().withTopic(t.slug())));
            same("statements --topic '" + t.label() + "'", q -> q.statements(StatementFilter.all().withTopic(t.label())));
            same("statements --topic '" + t.slug().replace('-', ' ') + "'", q -> q.statements(StatementFilter.all().withTopic(t.slug().replace('-', ' '))));
        }
        same("statements --topic unknown", q -> q.statements(StatementFilter.all().withTopic("no such topic")));
    }

    @Test
    void statements_byActorAndAlias_withAndWithoutMembers_areIdentical() {
        Set<String> names = new LinkedHashSet<>();
        for (ActorView a : actors()) {
            names.add(a.name());
            names.addAll(a.aliases());
        }
        for (String name : names) {
            same("statements --actor '" + name + "'", q -> q.statements(StatementFilter.all().withActor(name, false)));
            same("statements --actor '" + name + "' --with-members", q -> q.statements(StatementFilter.all().withActor(name, true)));
        }
        same("statements --actor unknown", q -> q.statements(StatementFilter.all().withActor("Nobody At All", true)));
    }

    @Test
    void statements_withCombinedFilters_areIdentical() {
        for (TopicView t : topics()) {
            for (PositionView p : onH2.queries().positions(null, t.slug())) {
                for (Mode mode : new Mode[] {null, Mode.DIRECT, Mode.INDIRECT}) {
                    StatementFilter filter = StatementFilter.all().withTopic(t.slug()).withActor(p.actor(), true).withMode(mode);
                    same("statements " + filter, q -> q.statements(filter));
                }
            }
            for (String article : articles()) {
                StatementFilter filter = StatementFilter.all().withTopic(t.label()).withArticle(article).page(2, 1);
                same("statements " + filter, q -> q.statements(filter));
            }
        }
    }

    @Test
    void positions_allAndFiltered_areIdentical() {
        same("positions", q -> q.positions(null, null));
        for (ActorView a : actors()) same("positions --actor '" + a.name() + "'", q -> q.positions(a.name(), null));
        for (TopicView t : topics()) {
            same("positions --topic " + t.slug(), q -> q.positions(null, t.slug()));
            same("positions --topic '" + t.label() + "'", q -> q.positions(null, t.label()));
        }
        for (PositionView p : onH2.queries().positions(null, null)) {
            same("positions --actor '" + p.actor() + "' --topic " + p.topic(), q -> q.positions(p.actor(), p.topic()));
        }
        same("positions --actor unknown", q -> q.positions("Nobody At All", null));
        same("positions --topic unknown", q -> q.positions(null, "no such topic"));
    }

    @Test
    void conflicts_allAndByTopic_areIdentical() {
        same("conflicts", q -> q.conflicts(null));
        for (TopicView t : topics()) {
            same("conflicts --topic " + t.slug(), q -> q.conflicts(t.slug()));
            same("conflicts --topic '" + t.label() + "'", q -> q.conflicts(t.label()));
        }
        same("conflicts --topic unknown", q -> q.conflicts("no such topic"));
    }

    private List<String> articles() {
        return onH2.queries().statements(StatementFilter.all()).stream().map(StatementView::article).distinct().toList();
    }
}
