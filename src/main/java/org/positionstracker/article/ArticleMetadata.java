package org.positionstracker.article;

import java.time.LocalDate;

/** What is known about an article besides its text; every field may be null. */
public record ArticleMetadata(String title, String outlet, String url, LocalDate publishedOn) {
    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);
}
