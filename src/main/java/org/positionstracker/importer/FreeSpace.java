package org.positionstracker.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.positionstracker.db.DatabaseLocation;

/**
 * Refuses an import that clearly cannot fit: the database stores every article's text, so a disk
 * with less free space than the articles (plus a small margin for H2's own pages) fills up for
 * certain. Anything closer is left to the import, which stays all-or-nothing per article when the
 * disk fills. Only for an H2 file database; a PostgreSQL server's disk is not visible from here.
 */
final class FreeSpace {
    static final long MARGIN_BYTES = 8L << 20;

    static void check(DatabaseLocation location, List<Path> files) {
        Path database = location.h2File();
        if (database == null || database.getParent() == null) return;
        long free;
        try {
            free = Files.getFileStore(database.getParent()).getUsableSpace();
        } catch (IOException e) {
            return;
        }
        long text = 0;
        for (Path file : files) {
            try {
                if (Files.isRegularFile(file)) text += Files.size(file);
            } catch (IOException e) {
                // the reader rejects this file by name later
            }
        }
        if (free < text + MARGIN_BYTES)
            throw new IllegalArgumentException("not enough free space for this import: " + mib(free) + " free in " + database.getParent()
                    + ", and the articles alone are " + mib(text) + "; free some space or give --db a folder on a larger disk");
    }

    private static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private FreeSpace() {
    }
}
