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
    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    record Column<T>(String name, Function<T, Object> value) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    Printer<T> column(String name, Function<T, Object> value) {
        columns.add(new Column<>(name, value));
        return this;
    }

    void print(List<T> rows, OutputFormat format, PrintWriter out) {
        switch (format) {
            case json -> printJson(rows, out);
            case csv -> printCsv(rows, out);
            case table -> printTable(rows, out);
        }
        out.flush();
    }

    private void printJson(List<T> rows, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(rows));
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

    private void printTable(List<T> rows, PrintWriter out) {
        List<String[]> cells = new ArrayList<>();
        for (T row : rows) {
            String[] line = new String[columns.size()];
            for (int i = 0; i < line.length; i++) line[i] = text(columns.get(i).value().apply(row)).replaceAll("\\s+", " ");
            cells.add(line);
        }
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).name().length();
            for (String[] line : cells) width[i] = Math.max(width[i], line[i].length());
        }
        out.println(line(columns.stream().map(Column::name).toArray(String[]::new), width));
        String[] rule = new String[width.length];
        for (int i = 0; i < width.length; i++) rule[i] = "-".repeat(width[i]);
        out.println(line(rule, width));
        for (String[] line : cells) out.println(line(line, width));
    }

    private static String line(String[] values, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) sb.append("  ");
            sb.append(i == values.length - 1 ? values[i] : String.format("%-" + width[i] + "s", values[i]));
        }
        return sb.toString().stripTrailing();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
