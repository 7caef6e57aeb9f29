package org.positionstracker.cli;

import picocli.CommandLine.Option;

/** The --format option every listing command takes. */
public class FormatOption {
    @Option(names = "--format", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}")
    OutputFormat format;
}
