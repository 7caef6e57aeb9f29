package org.positionstracker.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A codebook keyword that puts statements on a topic; stored so the console can show why. */
@Entity
@Table(name = "topic_keyword")
public class TopicKeyword {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_keyword_seq")
    @SequenceGenerator(name = "topic_keyword_seq", sequenceName = "topic_keyword_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false)
    private Topic topic;

    @Column(name = "keyword", nullable = false, length = 200)
    private String keyword;

    protected TopicKeyword() {
    }

}
