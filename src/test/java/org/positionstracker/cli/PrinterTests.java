package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrinterTests {
    private record Row(long id, String speaker, String text) {
    }

    private static final String LONG = "Ukraine will never agree to surrender territory while the president is in office, "
            + "and no document that gives up land will be signed by anyone in this government, today or later";

    private static final List<Row> ROWS = List.of(new Row(2, "Andriy Yermak", LONG), new Row(15, "Kremlin", "talks continue"));

    private static String print(OutputFormat format, int maxWidth) {
        StringWriter out = new StringWriter();
        new Printer<Row>().column("id", Row::id).column("speaker", Row::speaker).column("text", Row::text)
                .print(ROWS, format, maxWidth, new PrintWriter(out));
        return out.toString();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void wrap_breaksAWordTooLongForItsColumn_afterASeparator_notInTheMiddleOfAPart() {
        assertEquals(List.of("ceasefire-conditions:", "conditional"), Printer.wrap("ceasefire-conditions:conditional", 31));
        assertEquals(List.of("000_", "dcad965514c1b99f.", "txt"), Printer.wrap("000_dcad965514c1b99f.txt", 17));
        assertEquals(List.of("abcdefghij", "klm"), Printer.wrap("abcdefghijklm", 10));
    }

    @Test
    void table_wrapsLongTextToTheWidth_keepingEveryWordInOrder() {
        String table = print(OutputFormat.table, 60);

        for (String line : table.lines().toList()) assertTrue(line.length() <= 60, "too long: " + line);
        StringBuilder textColumn = new StringBuilder();
        int start = table.lines().findFirst().orElseThrow().indexOf("text");
        for (String line : table.lines().skip(2).toList())
            if (line.length() > start && !line.substring(0, start).contains("15")) textColumn.append(line.substring(start)).append(' ');
        assertEquals(words(LONG), words(textColumn.toString()));
        assertTrue(table.contains("Andriy Yermak"), "short columns stay whole: " + table);
    }

    @Test
    void wideTable_printsEachRowOnOneLine() {
        String table = print(OutputFormat.table, Integer.MAX_VALUE);

        assertEquals(4, table.lines().count(), table);
        assertTrue(table.contains(LONG), table);
    }

    @Test
    void jsonAndCsv_areNeverShortened() {
        assertTrue(print(OutputFormat.json, 40).contains(LONG));
        assertTrue(print(OutputFormat.csv, 40).contains(LONG));
    }

    @Test
    void width_comesFromColumns_elseTheDefaultWithoutATerminal() {
        assertEquals(90, TerminalWidth.columns(Map.of("COLUMNS", "90")));
        assertEquals(TerminalWidth.MINIMUM, TerminalWidth.columns(Map.of("COLUMNS", "5")));
        // Tests run without a terminal, so a missing or unreadable COLUMNS gives the default.
        assertEquals(TerminalWidth.DEFAULT, TerminalWidth.columns(Map.of("COLUMNS", "wide")));
        assertEquals(TerminalWidth.DEFAULT, TerminalWidth.columns(Map.of()));
    }

    @Test
    void fit_narrowsLongTextBeforeIdsAndNames() {
        int[] width = Printer.fit(new int[] {3, 24, 200}, new String[] {"id", "article", "text"}, 80);

        assertEquals(3, width[0]);
        assertEquals(24, width[1]);
        assertEquals(80 - 3 - 24 - 4, width[2]);
    }
}
