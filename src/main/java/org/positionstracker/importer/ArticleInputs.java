package org.positionstracker.importer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntConsumer;
import org.positionstracker.article.ArticleFormat;
import org.positionstracker.article.ArticleReader;
import org.positionstracker.article.ArticleRejectedException;
import org.positionstracker.article.ExportRow;
import org.positionstracker.article.SourceArticle;

/**
 * The articles of an import, in file order: a file of one article stands for itself (read later,
 * on an extraction thread); a JSON Lines or CSV export is read when it is reached and stands for
 * each of its rows. An export's rows are held only until they are handed out.
 */
final class ArticleInputs implements Iterator<ArticleInputs.Input> {
    /** One article to prepare, named as the user sees it. */
    sealed interface Input {
        Path file();

        String name();

        SourceArticle read(ArticleReader reader) throws ArticleRejectedException;
    }

    record FileInput(Path file) implements Input {
        public String name() {
            return file.toString();
        }

        public SourceArticle read(ArticleReader reader) throws ArticleRejectedException {
            return reader.read(file).withSourcePath(file.toAbsolutePath().normalize().toString());
        }
    }

    record RowInput(Path file, String name, SourceArticle article) implements Input {
        public SourceArticle read(ArticleReader reader) {
            return article;
        }
    }

    record Refused(Path file, String name, String reason) implements Input {
        public SourceArticle read(ArticleReader reader) throws ArticleRejectedException {
            throw new ArticleRejectedException(file, reason);
        }
    }

    private final Iterator<Path> files;
    private final ArticleReader reader;
    private final IntConsumer moreArticles;
    private final Deque<Input> rows = new ArrayDeque<>();

    ArticleInputs(List<Path> files, ArticleReader reader, IntConsumer moreArticles) {
        this.files = files.iterator();
        this.reader = reader;
        this.moreArticles = moreArticles;
    }

    @Override
    public boolean hasNext() {
        return !rows.isEmpty() || files.hasNext();
    }

    @Override
    public Input next() {
        if (!rows.isEmpty()) return rows.removeFirst();
        if (!files.hasNext()) throw new NoSuchElementException();
        Path file = files.next();
        if (!ArticleFormat.ofNamedFile(file).isExport()) return new FileInput(file);
        try {
            for (ExportRow row : reader.readExport(file)) {
                if (row instanceof ExportRow.Read read) rows.add(new RowInput(file, read.displayName(), read.article()));
                else if (row instanceof ExportRow.Rejected rejected) rows.add(new Refused(file, rejected.displayName(), rejected.reason()));
            }
        } catch (ArticleRejectedException e) {
            return new Refused(file, file.toString(), e.reason());
        }
        moreArticles.accept(rows.size() - 1);
        return rows.removeFirst();
    }
}
