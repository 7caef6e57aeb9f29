package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder full of bad input imported in one go, as a user would: every bad file gets one line
 * naming it and the problem, nothing of it is stored, the good files still import, and the exit
 * code says something failed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTests {
    private static final String QUOTE = "\u201CWe will keep talking about the ceasefire,\u201D the minister said.";

    @TempDir
    static Path dir;

    private Path articles;
    private String db;
    private CliRun run;
    private final Map<String, String> written = new HashMap<>();

    private void write(String name, String text) throws IOException {
        Files.writeString(articles.resolve(name), text, StandardCharsets.UTF_8);
        written.put(name, text);
    }

    @BeforeAll
    void importAFolderOfBadInput() throws IOException {
        articles = Files.createDirectories(dir.resolve("articles"));
        db = dir.resolve("tracker").toString();
        write("good.txt", "Talks resume.\n" + QUOTE + "\n");
        write("bom.txt", "\uFEFF" + QUOTE + "\nMore text.\n");
        write("crlf.txt", "Headline\r\n" + QUOTE + "\r\nNext line.\r\n");
        write("unbalanced.txt", "\u201CThis quote never closes, he said.\n\"And 'this' \u201Cnests \"deeply\u201D\" oddly,\" she said.\n");
        StringBuilder many = new StringBuilder("Hearing transcript\n");
        for (int i = 0; i < 10_000; i++) many.append("\u201CPoint ").append(i).append(" stands,\u201D said Jane Roe. ");
        write("many-quotes.txt", many.append('\n').toString());
        Files.write(articles.resolve("latin1.txt"), new byte[] {'S', 'a', 'i', 'd', ' ', (byte) 0xE9, '\n'});
        Files.write(articles.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.write(articles.resolve("nul.txt"), "Text with a\0NUL inside.\n".getBytes(StandardCharsets.UTF_8));
        Files.write(articles.resolve("empty.txt"), new byte[0]);
        try (OutputStream out = Files.newOutputStream(articles.resolve("huge.txt"))) {
            byte[] line = (QUOTE + "\n").getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 50L * 1024 * 1024; n += line.length) out.write(line);
        }
        Files.createSymbolicLink(articles.resolve("unreadable.txt"), articles.resolve("gone-away.txt"));

        run = CliRun.of("import", "--db", db, articles.toString(), dir.resolve("missing.txt").toString());
    }

    private List<JsonNode> statements() throws IOException {
        CliRun list = CliRun.of("statements", "--db", db, "--format", "json");
        assertEquals(0, list.exitCode(), list.err());
        List<JsonNode> all = new java.util.ArrayList<>();
        new ObjectMapper().readTree(list.out()).forEach(all::add);
        return all;
    }

    @Test
    void exitCodeSaysSomeFilesFailed() {
        assertEquals(1, run.exitCode(), run.out() + run.err());
    }

    @Test
    void eachBadFile_getsOneLineNamingItAndTheProblem_withoutStackTraces() {
        Map<String, String> expected = Map.of(
                "latin1.txt", "not valid UTF-8",
                "binary.txt", "NUL byte",
                "nul.txt", "NUL byte",
                "empty.txt", "empty file",
                "huge.txt", "too large",
                "unreadable.txt", "cannot read it",
                "missing.txt", "no such file");
        List<String> errorLines = run.err().lines().toList();

        for (Map.Entry<String, String> e : expected.entrySet()) {
            List<String> lines = errorLines.stream().filter(l -> l.contains(e.getKey())).toList();
            assertEquals(1, lines.size(), "one line for " + e.getKey() + " in:\n" + run.err());
            assertTrue(lines.get(0).startsWith("rejected ") && lines.get(0).contains(e.getValue()), lines.get(0));
        }
        assertEquals(expected.size(), errorLines.size(), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void goodAndAwkwardFiles_stillImport() {
        for (String name : List.of("good.txt", "bom.txt", "crlf.txt", "unbalanced.txt", "many-quotes.txt"))
            assertTrue(run.out().contains("imported " + articles.resolve(name)), name + " in:\n" + run.out());
        assertTrue(run.out().contains("5 imported") && run.out().contains("7 rejected"), run.out());
    }

    @Test
    void nothingOfARejectedFile_isStored_andEverySpanIsValid_evenAfterBomAndCrlf() throws IOException {
        List<JsonNode> all = statements();

        for (JsonNode s : all) {
            String article = s.get("article").asText();
            assertTrue(written.containsKey(article), "statement from a file that should not be stored: " + article);
            String text = written.get(article);
            assertEquals(text.substring(s.get("start").asInt(), s.get("end").asInt()), s.get("text").asText(), article);
        }
        assertTrue(all.stream().anyMatch(s -> s.get("article").asText().equals("bom.txt")));
        assertTrue(all.stream().anyMatch(s -> s.get("article").asText().equals("crlf.txt")));
        assertTrue(all.stream().filter(s -> s.get("article").asText().equals("many-quotes.txt")).count() >= 9_000);
    }
}
