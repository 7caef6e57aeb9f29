package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.positionstracker.query.ArticleQueries.ArticleText;
import org.positionstracker.query.ArticleQueries.ArticleView;
import org.positionstracker.query.ArticleQueries.PlacedStatement;

/** How articles show marks statements in the text and describes them under their line. */
class ArticleMarkingTests {
    private static final ArticleView VIEW = new ArticleView(7, "ferry.txt", "Ferry talks", null, null, "2025-11-03", 3, 2);

    @Test
    void nestedAndAdjacentStatements_keepTheirOwnMarkers_innerClosedFirst() {
        String body = "Berg said the tariff is too high and the port must stay open.\n";
        int outer = body.indexOf("the tariff");
        int inner = body.indexOf("too high");
        int next = body.indexOf(" and the port");
        List<PlacedStatement> statements = List.of(
                statement(11, outer, next, body),
                statement(12, inner, next, body),
                statement(13, next, body.indexOf('.'), body));

        String shown = ArticlesCommand.marked(new ArticleText(VIEW, body, statements));

        assertTrue(shown.contains("Berg said [1>the tariff is [2>too high<2]<1][3> and the port must stay open<3].\n"), shown);
    }

    @Test
    void eachStatement_isDescribedUnderTheLineItBeginsIn_withIdSpeakerModeAndStances() {
        String body = "\"Fares must fall,\" Berg said.\r\n\r\nDunn said nothing would change.";
        PlacedStatement fares = new PlacedStatement(21, 1, 16, "Anna Berg", "direct", Map.of("transport", "demands"), true, "Fares must fall");
        PlacedStatement change = new PlacedStatement(22, body.indexOf("nothing"), body.length() - 1, "Carl Dunn", "indirect", Map.of(), false,
                "nothing would change");

        String shown = ArticlesCommand.marked(new ArticleText(VIEW, body, List.of(fares, change)));

        String text = shown.substring(shown.indexOf("marks statement N\n\n") + "marks statement N\n\n".length());
        assertEquals("""
                "[1>Fares must fall<1]," Berg said.
                    [1] #21 Anna Berg, direct, transport:demands, reviewed

                Dunn said [2>nothing would change<2].
                    [2] #22 Carl Dunn, indirect
                """, text);
        assertTrue(shown.startsWith("#7 ferry.txt\ntitle:  Ferry talks\ndate:   2025-11-03\n"), shown);
    }

    private static PlacedStatement statement(long id, int start, int end, String body) {
        return new PlacedStatement(id, start, end, "Anna Berg", "indirect", Map.of(), false, body.substring(start, end));
    }
}
