package org.positionstracker.importer;

import java.nio.file.Path;

/** What happened to one file in an import. */
public record ImportOutcome(Path file, Kind kind, int statements, int actorsDiscovered, String detail) {
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
            case IMPORTED, REPLACED -> kind.name().toLowerCase() + " " + file + (detail == null ? "" : " (" + detail + ")") + ": " + statements + " statement"
                    + (statements == 1 ? "" : "s") + ", " + actorsDiscovered + " new actor" + (actorsDiscovered == 1 ? "" : "s");
            case UNCHANGED -> "unchanged " + file + (detail == null ? "" : " (" + detail + ")");
            case REJECTED -> "rejected " + file + ": " + detail;
        };
    }
}
