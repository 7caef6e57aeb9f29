package org.positionstracker.cli;

import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import picocli.CommandLine.Option;

/** The --db option every command takes. */
public class DatabaseOption {
    @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = DatabaseLocation.DEFAULT_PATH,
            description = "H2 database file path (without .mv.db) or a jdbc:h2:/jdbc:postgresql: URL. Default: ${DEFAULT-VALUE}")
    String db;

    /** Where the command a command line ran keeps its database, if it takes --db and the value is valid. */
    static java.util.Optional<DatabaseLocation> locationOf(picocli.CommandLine commandLine) {
        return commandLine.getCommandSpec().mixins().values().stream()
                .map(picocli.CommandLine.Model.CommandSpec::userObject)
                .filter(DatabaseOption.class::isInstance).map(DatabaseOption.class::cast).findFirst()
                .flatMap(option -> {
                    try {
                        return java.util.Optional.of(option.location());
                    } catch (IllegalArgumentException invalid) {
                        return java.util.Optional.empty();
                    }
                });
    }

    DatabaseLocation location() {
        return DatabaseLocation.parse(db);
    }

    /** For commands that write: the full schema check (Flyway and Hibernate validation). */
    Database open() {
        return Database.open(location());
    }

    /** For commands that only read: the schema version alone is checked when it is current (see {@link Database#openForReading}). */
    Database openForReading() {
        return Database.openForReading(location());
    }
}
