package org.positionstracker.article;

import java.nio.file.Path;

/** A file that cannot be imported; the message is one line naming the file and the problem. */
public class ArticleRejectedException extends Exception {
    private final transient Path file;
    private final String reason;

    public ArticleRejectedException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
