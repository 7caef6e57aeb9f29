package org.positionstracker.cli;

/** How listing commands print: an aligned table for people, JSON or CSV for programs. */
public enum OutputFormat {
    table, json, csv
}
