package org.positionstracker.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An issue statements are about, from the codebook. */
@Entity
@Table(name = "topic")
public class Topic {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    private Long id;

    @Column(name = "slug", nullable = false, length = 100)
    private String slug;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "claim", length = 1000)
    private String claim;

    protected Topic() {
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }
}
