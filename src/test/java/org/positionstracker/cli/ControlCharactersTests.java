package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ControlCharactersTests {
    @Test
    void controlAndBidiCharacters_becomeEscapes_otherTextStays() {
        assertEquals("a\\nb\\r\\tc\\x1b[31m\\x7f\\x85\\u202eé 日本 C:\\x", ControlCharacters.escape("a\nb\r\tc\u001b[31m\u007f\u0085\u202eé 日本 C:\\x"));
        assertEquals("plain.txt", ControlCharacters.escape("plain.txt"));
    }
}
