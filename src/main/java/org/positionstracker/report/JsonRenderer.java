package org.positionstracker.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code {report, title, description, parameters: {name: value}, columns: [...], rows: [{column: value}]}}:
 * numbers as JSON numbers, booleans as booleans, dates and times as ISO 8601 strings, NULL as null.
 */
final class JsonRenderer implements ReportRenderer {
    /** Made on first use: the renderers exist whenever the command line is parsed, and Jackson is some 400 classes to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void render(ReportResult result, Writer out) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("report", result.report().name());
        document.put("title", result.report().title());
        document.put("description", result.report().description());
        document.put("parameters", result.parameters());
        document.put("columns", result.columns());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) object.put(result.columns().get(i), json(row.get(i)));
            rows.add(object);
        }
        document.put("rows", rows);
        Json.MAPPER.writeValue(out, document);
        out.write('\n');
        out.flush();
    }

    private static Object json(Object value) {
        return value instanceof Temporal ? value.toString() : value;
    }
}
