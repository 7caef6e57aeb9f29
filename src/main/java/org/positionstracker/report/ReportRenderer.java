package org.positionstracker.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report's result in one format. The writer is flushed, not closed. */
public interface ReportRenderer {
    void render(ReportResult result, Writer out) throws IOException;
}
