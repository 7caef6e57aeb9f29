package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** What every command prints around its results: the help's command lists and the error lines. */
class OutputStyleTests {
    @TempDir
    Path dir;

    /** The entries under "Commands:" in a help text, each with its wrapped lines joined. */
    private static List<String> commandSummaries(String help) {
        List<String> entries = new ArrayList<>();
        boolean inList = false;
        for (String line : help.lines().toList()) {
            if (line.equals("Commands:")) {
                inList = true;
            } else if (inList && line.isBlank()) {
                break;
            } else if (inList && line.matches("  \\S.*")) {
                entries.add(line.strip());
            } else if (inList) {
                entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
            }
        }
        return entries;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "articles", "review", "export"})
    void everyCommandSummaryInAHelpList_isOneWholeSentence(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command));
        args.add("--help");

        CliRun run = CliRun.of(args.toArray(String[]::new));

        List<String> summaries = commandSummaries(run.out());
        assertFalse(summaries.isEmpty(), run.out());
        for (String summary : summaries) {
            assertTrue(summary.endsWith("."), "cut mid-sentence: " + summary);
            assertEquals(1, summary.split("\\. ").length, "more than one sentence: " + summary);
        }
    }

    @Test
    void aDamagedDatabaseFile_isOneErrorLineNamingIt() throws Exception {
        Files.write(dir.resolve("t.mv.db"), "this is not an H2 database file\n".repeat(200).getBytes(StandardCharsets.US_ASCII));

        CliRun run = CliRun.of("statements", "--db", dir.resolve("t").toString());

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains(dir.resolve("t").toString()), run.err());
        assertFalse(run.err().contains("Exception ("), run.err());
    }

    @Test
    void noCommandAndAnUnknownHelpTopic_areErrorLinesToo() {
        for (CliRun run : List.of(CliRun.of(), CliRun.of("help", "nosuch"))) {
            assertEquals(2, run.exitCode());
            assertTrue(run.err().startsWith("error: "), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
        }
    }

    @Test
    void aLibrarysErrorLogLine_looksLikeTheTrackersOwn_oneLineWithoutStackTrace() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> appender =
                (OutputStreamAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        LoggingEvent error = new LoggingEvent("test", context.getLogger("org.hibernate.SomeLibraryClass"), Level.ERROR,
                "the first line\n  and the second", new IllegalStateException("boom"), null);
        LoggingEvent warning = new LoggingEvent("test", context.getLogger("org.flywaydb.Other"), Level.WARN, "careful", null, null);

        String errorLine = new String(appender.getEncoder().encode(error), StandardCharsets.UTF_8);
        String warningLine = new String(appender.getEncoder().encode(warning), StandardCharsets.UTF_8);

        assertEquals("error: the first line and the second (SomeLibraryClass)" + System.lineSeparator(), errorLine);
        assertEquals("warning: careful (Other)" + System.lineSeparator(), warningLine);
    }
}
