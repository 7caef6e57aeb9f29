package org.positionstracker.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The {@code correction} table as Hibernate validates it. Statements are named by article content
 * hash and span, actors by name, so a correction outlives the ids of the rows it corrects. The
 * corrections themselves are {@link Correction} records, read and written by {@link CorrectionStore}.
 */
@Entity
@Table(name = "correction")
public class StoredCorrection {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "correction_seq")
    @SequenceGenerator(name = "correction_seq", sequenceName = "correction_seq", allocationSize = 50)
    private Long id;

    @Column(name = "kind", nullable = false, length = 20)
    private String kind;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "article_hash", length = 64)
    private String articleHash;

    @Column(name = "file_name", length = 1000)
    private String fileName;

    @Column(name = "content_start")
    private Integer contentStart;

    @Column(name = "content_end")
    private Integer contentEnd;

    @Column(name = "content_text")
    private String contentText;

    @Column(name = "actor_name", length = 300)
    private String actorName;

    @Column(name = "other_name", length = 300)
    private String otherName;

    @Column(name = "topic_slug", length = 100)
    private String topicSlug;

    @Column(name = "topics", length = 2000)
    private String topics;

    @Column(name = "stance", length = 20)
    private String stance;

    @Column(name = "mode", length = 10)
    private String mode;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected StoredCorrection() {
    }

    public Long getId() { return id; }
    public String getKind() { return kind; }
    public String getArticleHash() { return articleHash; }
    public String getFileName() { return fileName; }
    public Integer getContentStart() { return contentStart; }
    public Integer getContentEnd() { return contentEnd; }
    public String getContentText() { return contentText; }
    public String getActorName() { return actorName; }
    public String getOtherName() { return otherName; }
    public String getTopicSlug() { return topicSlug; }
    public String getTopics() { return topics; }
    public String getStance() { return stance; }
    public String getMode() { return mode; }
    public String getReason() { return reason; }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
