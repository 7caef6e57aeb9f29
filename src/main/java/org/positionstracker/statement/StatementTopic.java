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
import org.positionstracker.topic.Stance;
import org.positionstracker.topic.StanceConverter;
import org.positionstracker.topic.Topic;

/** A topic of a statement, with the stance the statement takes on it and the words that decided both. */
@Entity
@Table(name = "statement_topic")
public class StatementTopic {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_topic_seq")
    @SequenceGenerator(name = "statement_topic_seq", sequenceName = "statement_topic_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id", nullable = false)
    private ReportedStatement statement;

    /** The same column as {@link #statement}, read-only: lets queries order by the (topic_id, statement_id) index. */
    @Column(name = "statement_id", nullable = false, insertable = false, updatable = false)
    private Long statementId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false)
    private Topic topic;

    @Convert(converter = StanceConverter.class)
    @Column(name = "stance", nullable = false, length = 20)
    private Stance stance;

    @Column(name = "keyword_text", length = 200)
    private String keywordText;

    @Column(name = "keyword_start")
    private Integer keywordStart;

    @Column(name = "keyword_end")
    private Integer keywordEnd;

    @Column(name = "stance_cue_text", length = 200)
    private String stanceCueText;

    @Column(name = "stance_cue_start")
    private Integer stanceCueStart;

    @Column(name = "stance_cue_end")
    private Integer stanceCueEnd;

    protected StatementTopic() {
    }

}
