package org.positionstracker.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.positionstracker.actor.Actor;
import org.positionstracker.article.Article;

/**
 * A statement as stored: who said what in which article, with offsets into the article body.
 * (Named so it never clashes with {@code java.sql.Statement}.)
 */
@Entity
@Table(name = "statement")
public class ReportedStatement {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
    @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    /** Null for an unattributed statement: speech whose speaker the extractor could not tell. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    private Actor speaker;

    @Column(name = "rule", length = 80)
    private String rule;

    @Convert(converter = ModeConverter.class)
    @Column(name = "mode", nullable = false, length = 10)
    private Mode mode;

    @Column(name = "content_text", nullable = false)
    private String contentText;

    @Column(name = "content_start", nullable = false)
    private int contentStart;

    @Column(name = "content_end", nullable = false)
    private int contentEnd;

    @Column(name = "speaker_mention_text", length = 1000)
    private String speakerMentionText;

    @Column(name = "speaker_mention_start")
    private Integer speakerMentionStart;

    @Column(name = "speaker_mention_end")
    private Integer speakerMentionEnd;

    @Column(name = "cue_text", length = 200)
    private String cueText;

    @Column(name = "cue_start")
    private Integer cueStart;

    @Column(name = "cue_end")
    private Integer cueEnd;

    @Column(name = "sentence_number", nullable = false)
    private int sentenceNumber;

    @Column(name = "said_on")
    private java.time.LocalDate saidOn;

    @Column(name = "reviewed", nullable = false)
    private boolean reviewed;

    protected ReportedStatement() {
    }

    public Long getId() {
        return id;
    }
}
