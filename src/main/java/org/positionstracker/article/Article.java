package org.positionstracker.article;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An imported article; its body is the text exactly as read from a text file, or the plain text a
 * page, Markdown file, PDF or export row was turned into, so statement offsets stay checkable.
 */
@Entity
@Table(name = "article")
public class Article {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 1000)
    private String fileName;

    @Column(name = "source_path", nullable = false, length = 4000)
    private String sourcePath;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    // CLOB on H2, text on PostgreSQL: both validate as a long string and bind with setString.
    // (@Lob would mean oid, a large object, on PostgreSQL.)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "body_length", nullable = false)
    private int bodyLength;

    @Column(name = "title", length = 1000)
    private String title;

    @Column(name = "outlet", length = 300)
    private String outlet;

    @Column(name = "url", length = 2000)
    private String url;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "source_format", nullable = false, length = 10)
    private String sourceFormat;

    @Column(name = "extractor_version", nullable = false, length = 40)
    private String extractorVersion;

    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    protected Article() {
    }

    public Article(SourceArticle source, String extractorVersion, OffsetDateTime importedAt) {
        this.fileName = source.fileName();
        this.sourcePath = source.sourcePath();
        this.contentHash = source.contentHash();
        this.body = source.text();
        this.bodyLength = source.text().length();
        this.title = source.metadata().title();
        this.outlet = source.metadata().outlet();
        this.url = source.metadata().url();
        this.publishedOn = source.metadata().publishedOn();
        this.sourceFormat = source.format().code();
        this.extractorVersion = extractorVersion;
        this.importedAt = importedAt;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentHash() {
        return contentHash;
    }
}
