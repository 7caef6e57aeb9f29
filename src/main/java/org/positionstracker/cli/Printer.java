package org.positionstracker.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Prints a list of records as a table, JSON (the records themselves, snake_case field names) or
 * CSV (the table's columns). A listing command says which columns its table and CSV have.
 */
final class Printer<T> {
    /** Made on first use: Jackson is some 400 classes to load, which a table or CSV never needs (a read command's start-up). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The JSON writer of every command's output: records as objects with snake_case field names, indented. */
    static ObjectMapper json() {
        return Json.MAPPER;
    }

    record Column<T>(String name, Function<T, Object> value) {
    }

    /** A column narrowed to fit is never narrower than this (or its name). */
    static final int MIN_COLUMN = 10;
    /** Long text narrowed to this still reads as sentences; other columns give way before it narrows further. */
    static final int READABLE = 40;
    private static final String SEPARATOR = "  ";

    private final List<Column<T>> columns = new ArrayList<>();

    Printer<T> column(String name, Function<T, Object> value) {
        columns.add(new Column<>(name, value));
        return this;
    }

    /** Prints in the chosen format; a table fits the terminal unless --wide was given. */
    void print(List<T> rows, FormatOption option, PrintWriter out) {
        print(rows, option.format, option.tableWidth(), out);
    }

    /** JSON and CSV are never shortened; a table wraps its widest columns to keep within maxWidth characters. */
    void print(List<T> rows, OutputFormat format, int maxWidth, PrintWriter out) {
        switch (format) {
            case json -> printJson(rows, out);
            case csv -> printCsv(rows, out);
            case table -> printTable(rows, maxWidth, out);
        }
        out.flush();
    }

    private void printJson(List<T> rows, PrintWriter out) {
        try {
            out.println(json().writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printCsv(List<T> rows, PrintWriter out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(columns.stream().map(Column::name).toArray(String[]::new)).get());
            for (T row : rows) {
                List<Object> values = new ArrayList<>();
                for (Column<T> c : columns) values.add(text(c.value().apply(row)));
                csv.printRecord(values);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printTable(List<T> rows, int maxWidth, PrintWriter out) {
        List<String[]> cells = new ArrayList<>();
        for (T row : rows) {
            String[] line = new String[columns.size()];
            for (int i = 0; i < line.length; i++) line[i] = text(columns.get(i).value().apply(row)).replaceAll("\\s+", " ").strip();
            cells.add(line);
        }
        String[] header = columns.stream().map(Column::name).toArray(String[]::new);
        int[] width = fit(naturalWidths(header, cells), header, maxWidth);
        printRow(header, width, out);
        String[] rule = new String[width.length];
        for (int i = 0; i < width.length; i++) rule[i] = "-".repeat(width[i]);
        printRow(rule, width, out);
        for (String[] line : cells) printRow(line, width, out);
    }

    private static int[] naturalWidths(String[] header, List<String[]> cells) {
        int[] width = new int[header.length];
        for (int i = 0; i < width.length; i++) {
            width[i] = header[i].length();
            for (String[] line : cells) width[i] = Math.max(width[i], line[i].length());
        }
        return width;
    }

    /**
     * Narrows columns until the table fits in maxWidth, one character at a time from the widest:
     * first every column wider than READABLE down to it (long text), then the narrower ones down
     * to their name or MIN_COLUMN (ids, names and numbers give way before the text does), then
     * all of them down to that floor. A table that cannot fit even so is printed at the floor.
     */
    static int[] fit(int[] natural, String[] header, int maxWidth) {
        int[] width = natural.clone();
        int[] floor = new int[width.length];
        int[] readable = new int[width.length];
        for (int i = 0; i < width.length; i++) {
            floor[i] = Math.min(width[i], Math.max(header[i].length(), MIN_COLUMN));
            readable[i] = Math.max(floor[i], Math.min(width[i], READABLE));
        }
        int total = SEPARATOR.length() * Math.max(0, width.length - 1);
        for (int w : width) total += w;
        total = narrow(width, readable, total, maxWidth);
        int[] longText = new int[width.length];
        for (int i = 0; i < width.length; i++) longText[i] = natural[i] >= READABLE ? width[i] : floor[i];
        total = narrow(width, longText, total, maxWidth);
        narrow(width, floor, total, maxWidth);
        return width;
    }

    private static int narrow(int[] width, int[] floor, int total, int maxWidth) {
        while (total > maxWidth) {
            int widest = -1;
            for (int i = 0; i < width.length; i++)
                if (width[i] > floor[i] && (widest < 0 || width[i] > width[widest])) widest = i;
            if (widest < 0) break;
            width[widest]--;
            total--;
        }
        return total;
    }

    /** One table row, over as many lines as its longest wrapped cell needs. */
    private static void printRow(String[] values, int[] width, PrintWriter out) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < values.length; i++) {
            List<String> lines = wrap(values[i], width[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int l = 0; l < height; l++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) sb.append(SEPARATOR);
                String part = l < wrapped.get(i).size() ? wrapped.get(i).get(l) : "";
                sb.append(part).append(" ".repeat(Math.max(0, width[i] - part.length())));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    /**
     * Breaks text into lines of at most width characters: at spaces where it can, else after a
     * separator inside the word (file names, "topic:stance" tags, URLs break at "_", ":", "/", ...),
     * else inside the word where it must.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int space = rest.lastIndexOf(' ', width);
            int cut = space > 0 ? space : afterSeparator(rest, width);
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || lines.isEmpty()) lines.add(rest);
        return lines;
    }

    private static final String WORD_SEPARATORS = "-_:/.,;=&?";

    /** Where to cut a word longer than width: after its last separator that fits, else at width. */
    private static int afterSeparator(String word, int width) {
        for (int i = width - 1; i > 0; i--) if (WORD_SEPARATORS.indexOf(word.charAt(i - 1)) >= 0) return i;
        return width;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
