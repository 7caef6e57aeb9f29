package org.positionstracker.article;

/** One line of a JSON Lines export or one row of a CSV export: an article, or why it is not one. */
public sealed interface ExportRow {
    /** How the row is named to the user: {@code PATH#KEY}. */
    String displayName();

    record Read(String displayName, SourceArticle article) implements ExportRow {
    }

    record Rejected(String displayName, String reason) implements ExportRow {
    }
}
