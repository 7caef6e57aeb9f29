package org.positionstracker.evaluate;

import java.nio.file.Path;
import java.util.List;

/**
 * An article with the statements an annotator marked in it.
 *
 * @param name        the article's name (its text file without {@code .txt})
 * @param goldFile    the annotation file read
 * @param text        the article text, exactly as read
 * @param statements  the gold statements, in text order
 * @param check       what checking the annotation against the text found
 */
public record GoldArticle(String name, Path goldFile, String text, List<GoldStatement> statements, GoldCheck check) {
    public GoldArticle {
        statements = List.copyOf(statements);
    }
}
