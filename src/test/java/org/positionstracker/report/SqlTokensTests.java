package org.positionstracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.positionstracker.report.SqlTokens.Kind;
import org.positionstracker.report.SqlTokens.Token;

class SqlTokensTests {
    private static List<String> kinds(String sql) {
        return SqlTokens.significant(sql).stream().map(t -> t.kind() + ":" + t.text()).toList();
    }

    @Test
    void quotesInsideLiteralsAndIdentifiers_doNotEndThem() {
        List<Token> tokens = SqlTokens.significant("SELECT 'it''s -- not a comment', \"a \"\" b\"");

        assertEquals(Kind.STRING, tokens.get(1).kind());
        assertEquals("it's -- not a comment", tokens.get(1).stringValue());
        assertEquals(Kind.QUOTED_IDENTIFIER, tokens.get(3).kind());
        assertEquals(4, tokens.size());
    }

    @Test
    void comments_areSetAside_lineAndNestedBlock() {
        assertEquals(List.of("WORD:SELECT", "NUMBER:1", "SYMBOL:;"),
                kinds("-- 'x' ?\nSELECT /* ? /* nested ' */ still comment */ 1;"));
    }

    @Test
    void dollarQuotedString_isOneString() {
        assertEquals(List.of("WORD:SELECT", "STRING:$q$ ? ; ' $q$"), kinds("SELECT $q$ ? ; ' $q$"));
    }

    @Test
    void tokensCoverTheTextExactly() {
        String sql = "WITH params AS (SELECT CAST('a' AS VARCHAR(3)) AS x) -- c\nSELECT x FROM params;";

        StringBuilder rebuilt = new StringBuilder();
        for (Token t : SqlTokens.of(sql)) rebuilt.append(sql, t.start(), t.end());

        assertEquals(sql, rebuilt.toString());
    }

    @Test
    void unterminatedComment_fails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SqlTokens.of("SELECT 1\n/* open"));

        assertEquals("unterminated /* comment starting at line 2, column 1", e.getMessage());
    }
}
