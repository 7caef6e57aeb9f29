package org.positionstracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import org.positionstracker.query.StatementFilter;
import org.positionstracker.query.TrackerQueries;
import org.positionstracker.query.Views.StatementView;

/** Every page the fast paths return is exactly the matching slice of the full, unpaged list. */
class StatementPagingIntegrationTests {
    @TempDir
    Path dir;

    @Test
    void pagesOfTopicAndActorQueries_areSlicesOfTheFullList() throws Exception {
        Random random = new Random(7);
        String[] speakers = {"Anna Roe for Freedonia", "Ben Doe for Freedonia", "Cara Poe", "Dan Moe for Sylvania"};
        String[] topics = {"territory", "negotiations", "sanctions"};
        for (int file = 0; file < 4; file++) {
            StringBuilder text = new StringBuilder("Title " + file + "\n");
            for (int i = 0; i < 15; i++)
                text.append(speakers[random.nextInt(speakers.length)]).append(" | ").append(topics[random.nextInt(topics.length)])
                        .append("=opposes | statement ").append(file).append('-').append(i).append('\n');
            Files.writeString(dir.resolve("a" + file + ".txt"), text.toString());
        }
        try (Database db = Database.open(DatabaseLocation.parse("jdbc:h2:mem:paging-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"))) {
            new ArticleImporter(db, CodebookLoader.bundled(), new ScriptedExtractor()).importFiles(List.of(dir), o -> { });
            TrackerQueries queries = new TrackerQueries(db.transactions());
            List<UnaryOperator<StatementFilter>> filters = List.of(
                    f -> f.withTopic("territory"), f -> f.withActor("Anna Roe", false), f -> f.withActor("Freedonia", true));

            for (UnaryOperator<StatementFilter> filter : filters) {
                List<Long> all = queries.statements(filter.apply(StatementFilter.all())).stream().map(StatementView::id).toList();
                for (int[] page : new int[][] {{1, 0}, {5, 0}, {5, 3}, {7, 10}, {50, 0}, {3, 1000}}) {
                    List<Long> got = queries.statements(filter.apply(StatementFilter.all()).page(page[0], page[1])).stream().map(StatementView::id).toList();

                    List<Long> expected = all.subList(Math.min(all.size(), page[1]), Math.min(all.size(), page[1] + page[0]));
                    assertEquals(expected, got, "limit " + page[0] + " offset " + page[1]);
                }
            }
        }
    }
}
