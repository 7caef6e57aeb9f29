package org.positionstracker.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconsTests {
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    @Test
    void manifest_listsEveryWordListOfTheExtractor() throws IOException {
        TreeSet<String> onDisk = new TreeSet<>();
        Path root = RESOURCES.resolve("org/positionstracker/extract");
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".txt") && !p.endsWith("lexicons.txt"))
                    .forEach(p -> onDisk.add("/" + RESOURCES.relativize(p).toString().replace('\\', '/')));
        }

        TreeSet<String> listed = new TreeSet<>(Lexicons.lines(Lexicons.MANIFEST));

        assertEquals(onDisk, listed, "a word list missing from lexicons.txt would not change the extractor version");
    }

    @Test
    void version_isStableAndDependsOnTheCodeVersion() {
        String a = Lexicons.version("X", 1);

        assertEquals(a, Lexicons.version("X", 1));
        assertNotEquals(a, Lexicons.version("X", 2));
        assertTrue(a.matches("X-1-[0-9a-f]{12}"), a);
    }

    @Test
    void lines_skipCommentsAndBlankLines() {
        List<String> lines = Lexicons.lines(Lexicons.MANIFEST);

        assertTrue(lines.stream().noneMatch(l -> l.isBlank() || l.startsWith("#")));
    }
}
