package org.positionstracker.cli;

import picocli.CommandLine.Option;

/** The --format and --wide options every listing command takes. */
public class FormatOption {
    @Option(names = "--format", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Option(names = "--wide", description = "Print table rows whole, one line each, however wide (tables otherwise wrap long text to the terminal width; JSON and CSV are never shortened).")
    boolean wide;

    int tableWidth() {
        return wide ? Integer.MAX_VALUE : TerminalWidth.columns(System.getenv());
    }
}
