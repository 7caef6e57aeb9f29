package org.positionstracker.cli;

import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import picocli.CommandLine.Option;

/** The --db option every command takes. */
public class DatabaseOption {
    @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = DatabaseLocation.DEFAULT_PATH,
            description = "H2 database file path (without .mv.db) or a jdbc:h2:/jdbc:postgresql: URL. Default: ${DEFAULT-VALUE}")
    String db;

    DatabaseLocation location() {
        return DatabaseLocation.parse(db);
    }

    Database open() {
        return Database.open(location());
    }
}
