package org.positionstracker.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the words of statements --search are read. */
class SearchWordsTests {
    @Test
    void words_areLettersAndDigitsInLowerCase_eachOnce() {
        assertEquals(List.of("cease", "fire", "28", "point", "kyiv"), SearchWords.parse("Cease-fire, 28-point KYIV kyiv").words());
    }

    @Test
    void nonLatinLetters_areWordsToo() {
        assertEquals(List.of("київ", "zürich"), SearchWords.parse("Київ / Zürich").words());
    }

    @Test
    void noWords_isAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SearchWords.parse(" -- ! "));
        assertEquals("--search: give at least one word (letters or digits)", e.getMessage());
    }
}
