package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DurationConverterTests {
    private final DurationConverter converter = new DurationConverter();

    @Test
    void readsTheUnitsPeopleType() {
        assertEquals(Duration.ofSeconds(60), converter.convert("60s"));
        assertEquals(Duration.ofSeconds(45), converter.convert("45"));
        assertEquals(Duration.ofMinutes(5), converter.convert("5m"));
        assertEquals(Duration.ofMillis(500), converter.convert("500 ms"));
        assertEquals(Duration.ofHours(1), converter.convert("1H"));
    }

    @Test
    void refusesZeroAndNonsense_sayingWhatItExpects() {
        assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert("0s"));
        CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert("soon"));
        assertEquals("'soon' is not a duration (expected e.g. 60s, 5m, 500ms, or a number of seconds)", e.getMessage());
    }
}
