package org.positionstracker.importer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.positionstracker.article.ArticleFormat;

/**
 * Expands the paths given to {@code import} into the files to read: a file stands for itself
 * whatever its extension; a folder stands for every file below it, recursively, in path order,
 * whose extension names an {@link ArticleFormat}. Other files in a folder are counted by
 * extension (metadata sidecars {@code *.meta.yaml} excepted, as they belong to an article), so
 * nothing is skipped without a word. A subfolder that cannot be read is reported by name and the
 * rest of the tree is still expanded. A path that does not exist is kept so that reading it
 * reports the problem.
 */
final class ArticleFiles {
    /** The files to read, the folders (or entries) that could not be read with why, and the files skipped per extension. */
    record Expansion(List<Path> files, List<ImportOutcome> unreadable, Map<String, Long> skipped) {
    }

    static Expansion expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        List<ImportOutcome> unreadable = new ArrayList<>();
        Map<String, Long> skipped = new TreeMap<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(input, new Walker(found, unreadable, skipped));
            } catch (IOException e) {
                unreadable.add(unreadable(input, e));
            }
            Collections.sort(found);
            files.addAll(found);
        }
        return new Expansion(files, unreadable, skipped);
    }

    private static final class Walker extends SimpleFileVisitor<Path> {
        private final List<Path> found;
        private final List<ImportOutcome> unreadable;
        private final Map<String, Long> skipped;

        Walker(List<Path> found, List<ImportOutcome> unreadable, Map<String, Long> skipped) {
            this.found = found;
            this.unreadable = unreadable;
            this.skipped = skipped;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (name.endsWith(".meta.yaml")) return FileVisitResult.CONTINUE;
            if (Files.isDirectory(file)) {
                // a linked folder is not followed (it could lead out of the tree, or round in a loop), but it is counted
                skipped.merge("(link to a folder, not followed)", 1L, Long::sum);
                return FileVisitResult.CONTINUE;
            }
            if (ArticleFormat.byExtension(file).isPresent()) found.add(file);
            else skipped.merge(extensionLabel(file), 1L, Long::sum);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            unreadable.add(unreadable(file, e));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) unreadable.add(unreadable(dir, e));
            return FileVisitResult.CONTINUE;
        }
    }

    private static String extensionLabel(Path file) {
        String ext = ArticleFormat.extensionOf(file);
        return ext.isEmpty() ? "(no extension)" : "." + ext;
    }

    private static ImportOutcome unreadable(Path path, IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
        return new ImportOutcome(path, ImportOutcome.Kind.REJECTED, 0, 0, Files.isDirectory(path)
                ? "cannot read this folder (" + reason + "); nothing in it was imported"
                : "cannot read it (" + reason + ")");
    }

    private ArticleFiles() {
    }
}
