package org.positionstracker.importer;

import java.nio.file.Path;

/**
 * What happened to one file in an import, or to one article of an export file: then {@code file}
 * is the export and {@code name} the article's name, {@code FILE#KEY}.
 */
public record ImportOutcome(Path file, Kind kind, int statements, int actorsDiscovered, String detail, String name) {
    public ImportOutcome {
        if (name == null) name = String.valueOf(file);
    }

    public ImportOutcome(Path file, Kind kind, int statements, int actorsDiscovered, String detail) {
        this(file, kind, statements, actorsDiscovered, detail, null);
    }

    public enum Kind {
        /** New article, committed. */
        IMPORTED,
        /** Replaced an earlier version of the same file, committed. */
        REPLACED,
        /** Same bytes as an article already in the database: nothing written. */
        UNCHANGED,
        /** Refused; nothing of it written. */
        REJECTED
    }

    /** One line for the user: {@code imported seeds/a.txt: 17 statements, 4 new actors}. */
    public String describe() {
        return switch (kind) {
            case IMPORTED, REPLACED -> kind.name().toLowerCase() + " " + name + (detail == null ? "" : " (" + detail + ")") + ": " + statements + " statement"
                    + (statements == 1 ? "" : "s") + ", " + actorsDiscovered + " new actor" + (actorsDiscovered == 1 ? "" : "s");
            case UNCHANGED -> "unchanged " + name + (detail == null ? "" : " (" + detail + ")");
            case REJECTED -> "rejected " + name + ": " + detail;
        };
    }
}
