package org.positionstracker.importer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;

/**
 * Child JVM for the durability test: imports the given files into the given database, prints
 * "imported NAME" as each one is reported, then hangs without closing anything until killed.
 */
public final class ImportingChild {
    public static void main(String[] args) throws InterruptedException {
        Database db = Database.open(DatabaseLocation.parse(args[0]));
        List<Path> files = Arrays.stream(args).skip(1).map(Path::of).toList();
        new ArticleImporter(db, CodebookLoader.bundled(), new ScriptedExtractor()).importFiles(files, outcome -> {
            System.out.println(outcome.kind().name().toLowerCase() + " " + outcome.file().getFileName());
            System.out.flush();
        });
        System.out.println("done");
        System.out.flush();
        Thread.sleep(600_000);
    }

    private ImportingChild() {
    }
}
