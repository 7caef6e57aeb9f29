package org.positionstracker.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV: a header row with the column names, then one record per row; NULL is an empty field. */
final class CsvRenderer implements ReportRenderer {
    @Override
    public void render(ReportResult result, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(result.columns().toArray(String[]::new)).get());
        for (List<Object> row : result.rows()) csv.printRecord(row.stream().map(ReportResult::text).toList());
        csv.flush();
    }
}
