package org.positionstracker.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How many characters wide a table may be: the COLUMNS environment variable when it holds a
 * number, else the width of the terminal the tracker runs in (asked of {@code stty}), else
 * {@link #DEFAULT}, which is also what a table gets when its output goes to a pipe or a file.
 */
final class TerminalWidth {
    static final int DEFAULT = 120;
    /** Narrower than this, a table of ids, names and text cannot be read at all. */
    static final int MINIMUM = 40;

    static int columns(Map<String, String> environment) {
        Integer fromEnvironment = parse(environment.get("COLUMNS"));
        if (fromEnvironment != null) return Math.max(MINIMUM, fromEnvironment);
        // Bash sets COLUMNS without exporting it, so a terminal is asked directly; without one
        // (output to a pipe or file) there is no width to ask for.
        if (System.console() == null) return DEFAULT;
        Integer fromTerminal = stty();
        return fromTerminal == null ? DEFAULT : Math.max(MINIMUM, fromTerminal);
    }

    static Integer parse(String value) {
        if (value == null) return null;
        try {
            int n = Integer.parseInt(value.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer stty() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) return null;
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String[] rowsAndColumns = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split("\\s+");
            return p.exitValue() == 0 && rowsAndColumns.length == 2 ? parse(rowsAndColumns[1]) : null;
        } catch (IOException e) {
            return null; // no stty: the default width serves
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private TerminalWidth() {
    }
}
