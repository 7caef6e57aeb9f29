package org.positionstracker.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.positionstracker.article.ExportFields.Part;

/**
 * Splits a JSON Lines or CSV export into articles, one per line or row.
 *
 * <p>Each article is named {@code FILE#KEY}: the KEY is the row's url when it has one, so that the
 * article keeps its name (and analysts' corrections keep finding it) when the export is made again
 * in another order, and a row whose text changed replaces its earlier version; a row without a url
 * is keyed by its line number (JSON Lines) or its row number as a spreadsheet shows it, the header
 * being row 1 (CSV). The stored text is the text field exactly as the export holds it, and the
 * content hash is the SHA-256 of the row's article fields, so re-importing an export changes
 * nothing and a row whose other columns changed is not a new article.
 */
final class ExportRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportRows() {
    }

    static List<ExportRow> parse(Path file, ArticleFormat format, String text, ExportFields fields) throws ArticleRejectedException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<ExportRow> rows = format == ArticleFormat.CSV ? csv(file, body, fields) : jsonLines(file, body, fields);
        if (rows.isEmpty()) throw new ArticleRejectedException(file, "holds no articles");
        return rows;
    }

    private static List<ExportRow> jsonLines(Path file, String text, ExportFields fields) {
        List<ExportRow> rows = new ArrayList<>();
        String[] lines = text.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) continue;
            String number = Integer.toString(i + 1);
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                rows.add(new ExportRow.Rejected(file + "#" + number, "line " + number + " is not valid JSON (" + e.getOriginalMessage() + ")"));
                continue;
            }
            if (node == null || !node.isObject()) {
                rows.add(new ExportRow.Rejected(file + "#" + number, "line " + number + " is not a JSON object"));
                continue;
            }
            Map<Part, String> values = new EnumMap<>(Part.class);
            for (Part part : Part.values()) {
                JsonNode value = find(node, fields.namesFor(part));
                if (value != null) values.put(part, jsonText(value, part));
            }
            rows.add(row(file, ArticleFormat.JSON_LINES, "line " + number, number, values));
        }
        return rows;
    }

    private static JsonNode find(JsonNode object, List<String> names) {
        for (String name : names) {
            for (var it = object.fields(); it.hasNext(); ) {
                var field = it.next();
                if (field.getKey().equalsIgnoreCase(name) && !field.getValue().isNull()) return field.getValue();
            }
        }
        return null;
    }

    /** A value as text: a string as is, an array of paragraphs joined, an outlet object by its name. */
    private static String jsonText(JsonNode value, Part part) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.asText()));
            return String.join(part == Part.TEXT ? "\n\n" : ", ", parts);
        }
        if (value.isObject()) {
            JsonNode name = value.get("name");
            return name == null ? value.toString() : name.asText();
        }
        return value.asText();
    }

    private static List<ExportRow> csv(Path file, String text, ExportFields fields) throws ArticleRejectedException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        List<ExportRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<Part, String> columns = new EnumMap<>(Part.class);
            for (Part part : Part.values()) {
                columnFor(parser.getHeaderNames(), fields.namesFor(part)).ifPresent(c -> columns.put(part, c));
            }
            if (!columns.containsKey(Part.TEXT))
                throw new ArticleRejectedException(file, "has no column " + String.join(", ", fields.namesFor(Part.TEXT))
                        + " for the article text" + (fields.isGiven(Part.TEXT) ? "" : "; name it with --fields text=COLUMN"));
            for (CSVRecord record : parser) {
                // the header is row 1, as a spreadsheet numbers it
                String number = Long.toString(record.getRecordNumber() + 1);
                Map<Part, String> values = new EnumMap<>(Part.class);
                for (Map.Entry<Part, String> c : columns.entrySet()) {
                    if (record.isSet(c.getValue())) values.put(c.getKey(), record.get(c.getValue()));
                }
                rows.add(row(file, ArticleFormat.CSV, "row " + number, number, values));
            }
        } catch (IOException | UncheckedIOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new ArticleRejectedException(file, "not a readable CSV file (" + message + ")");
        } catch (IllegalArgumentException e) {
            throw new ArticleRejectedException(file, "not a readable CSV file (" + e.getMessage() + ")");
        }
        return rows;
    }

    private static Optional<String> columnFor(List<String> header, List<String> names) {
        for (String name : names) {
            for (String column : header) {
                if (column.strip().equalsIgnoreCase(name)) return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static ExportRow row(Path file, ArticleFormat format, String where, String number, Map<Part, String> values) {
        String url = blankToNull(values.get(Part.URL));
        String key = url != null ? url : number;
        String displayName = file + "#" + key;
        String text = values.get(Part.TEXT);
        if (text == null || text.isBlank()) return new ExportRow.Rejected(displayName, where + " has no article text");
        LocalDate published = null;
        String date = blankToNull(values.get(Part.PUBLISHED));
        if (date != null) {
            Optional<LocalDate> parsed = PublicationDates.parse(date);
            if (parsed.isEmpty())
                return new ExportRow.Rejected(displayName, where + " has published date '" + date + "', not " + PublicationDates.accepted());
            published = parsed.get();
        }
        ArticleMetadata metadata = new ArticleMetadata(blankToNull(values.get(Part.TITLE)), blankToNull(values.get(Part.OUTLET)), url, published);
        Path name = file.getFileName();
        String fileName = (name == null ? file.toString() : name.toString()) + "#" + key;
        String sourcePath = file.toAbsolutePath().normalize() + "#" + key;
        return new ExportRow.Read(displayName, new SourceArticle(fileName, sourcePath, hash(values), text, metadata, format));
    }

    private static String hash(Map<Part, String> values) {
        StringBuilder canonical = new StringBuilder();
        for (Part part : Part.values()) {
            String v = values.get(part);
            canonical.append(part.key().toUpperCase(Locale.ROOT)).append('\u0000').append(v == null ? "" : v).append('\u0000');
        }
        return ArticleReader.sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
