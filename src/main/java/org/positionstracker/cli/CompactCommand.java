package org.positionstracker.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.positionstracker.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        header = "Rewrites an H2 database file without the dead space a large import leaves.",
        description = {"Rewrites an H2 database file without its dead space (after a large import most of the file), and prints its size before and after.",
                "Needs the database to itself and free disk space about the size of its live data. PostgreSQL manages its own space (VACUUM)."})
class CompactCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Database db = database.open();
        String url = db.location().displayUrl();
        var compaction = db.closeCompacted();
        if (compaction.isEmpty()) {
            spec.commandLine().getOut().println("nothing to compact: " + url + " is not an H2 file database");
            return 0;
        }
        var c = compaction.get();
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "compacted %s: %.1f MiB -> %.1f MiB", c.file(),
                c.bytesBefore() / 1048576.0, c.bytesAfter() / 1048576.0));
        return 0;
    }
}
