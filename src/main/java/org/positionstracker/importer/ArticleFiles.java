package org.positionstracker.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the paths given to {@code import} into the files to read: a file stands for itself
 * whatever its extension; a folder stands for every {@code .txt} file below it, recursively, in
 * path order. A path that does not exist is kept so that reading it reports the problem.
 */
final class ArticleFiles {
    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(ArticleFiles::isArticleFile).sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    files.add(input);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    private static boolean isArticleFile(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt") && !Files.isDirectory(p);
    }

    private ArticleFiles() {
    }
}
