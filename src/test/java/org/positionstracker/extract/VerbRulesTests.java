package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule around reporting verbs names the statements it makes: an article written for the rule
 * gives "rule | speaker | content" for its statement.
 */
class VerbRulesTests {
    private static List<String> statements(String text) {
        Extraction e = ExtractionFixture.extract(text.replace("\\n", "\n"));
        List<String> out = new ArrayList<>();
        for (ExtractedStatement st : e.statements()) {
            out.add(st.rule() + " | " + (st.speaker() == null ? "-" : st.speaker().canonicalName()) + " | " + st.text());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', value = {
        "subject-verb § Anna Berg said the harbour would reopen in May. § subject-verb | Anna Berg | the harbour would reopen in May",
        "verb-subject § The harbour will reopen in May, said Anna Berg. § verb-subject | Anna Berg | The harbour will reopen in May",
        "pronoun-verb § Anna Berg spoke on Monday.\\n\\nShe said the harbour would reopen in May. § pronoun-verb | Anna Berg | the harbour would reopen in May",
        "relative-pronoun-verb § The plan came from Tomas Ek, who said the harbour would reopen in May. "
                + "§ relative-pronoun-verb | Tomas Ek | the harbour would reopen in May",
        "according-to-phrase § The harbour will reopen in May, according to Anna Berg. § according-to-phrase | Anna Berg | The harbour will reopen in May",
        "quote-beside-verb § \"The harbour will reopen in May,\" Anna Berg said. § quote-beside-verb | Anna Berg | The harbour will reopen in May",
    })
    void ruleNamesItsStatement(String rule, String text, String expected) {
        assertEquals(List.of(expected.strip()), statements(text.strip()), rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', value = {
        "second-verb § Anna Berg admitted the delay was long, but insisted the harbour would reopen in May. "
                + "§ second-verb | Anna Berg | the harbour would reopen in May",
        "quote-opens-sentence § \"The harbour will reopen in May,\" Anna Berg said. \"The ships are ready for it.\" "
                + "§ quote-opens-sentence | Anna Berg | The ships are ready for it.",
        "transcript-answer § Anna Berg said the port was busy.\\n\\nBERG: The harbour will reopen in May, and the ships are ready. "
                + "§ transcript-answer | Anna Berg | The harbour will reopen in May, and the ships are ready.",
        "title-dash § Harbour will reopen in May as planned \u2014 Berg\\n\\nAnna Berg said the ships were ready for it. "
                + "§ title-dash | Anna Berg | Harbour will reopen in May as planned",
        "title-colon § Berg: harbour will reopen in May as planned\\n\\nAnna Berg said the ships were ready for it. "
                + "§ title-colon | Anna Berg | harbour will reopen in May as planned",
    })
    void ruleNamesOneOfItsArticlesStatements(String rule, String text, String expected) {
        List<String> found = statements(text.strip());
        assertEquals(1, found.stream().filter(s -> s.equals(expected.strip())).count(), rule + ": " + found);
    }
}
