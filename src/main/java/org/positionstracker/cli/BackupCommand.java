package org.positionstracker.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        header = "Writes a consistent copy of the H2 database and its credentials file into one private zip file.",
        description = {"Writes a consistent copy of the H2 database and its credentials file into one zip file, readable by",
                "you only. To restore, stop the tracker and unzip it into the database's folder (NAME.mv.db and",
                "NAME.credentials). For PostgreSQL, use pg_dump."})
class BackupCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--to", required = true, paramLabel = "FILE.zip", description = "The zip file to write (replaced if it exists).")
    Path to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatabaseLocation location = database.location();
        if (!location.isH2())
            throw new IllegalArgumentException("--db " + location.displayUrl() + ": backup copies H2 databases; for PostgreSQL run"
                    + " pg_dump -Fc -f FILE.dump DBNAME (restore with pg_restore -d DBNAME FILE.dump)");
        AtomicFiles.checkWritable(to);
        try (Database db = database.open()) {
            AtomicFiles.writeFile(to, temporary -> {
                try {
                    db.backupTo(temporary);
                } catch (java.sql.SQLException e) {
                    throw new java.io.IOException(e.getMessage(), e);
                }
            });
        }
        spec.commandLine().getOut().println(ControlCharacters.escape("backed up " + location.displayUrl() + " to " + to));
        return 0;
    }
}
