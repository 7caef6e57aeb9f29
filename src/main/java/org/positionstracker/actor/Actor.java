package org.positionstracker.actor;

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
import java.time.OffsetDateTime;

/**
 * Someone who takes positions: a person, a government, an organisation or a group. Rows are
 * written by the importer with JDBC batches; this mapping serves queries and schema validation.
 */
@Entity
@Table(name = "actor")
public class Actor {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
    @SequenceGenerator(name = "actor_seq", sequenceName = "actor_seq", allocationSize = 50)
    private Long id;

    @Column(name = "canonical_name", nullable = false, length = 300)
    private String canonicalName;

    @Column(name = "name_key", nullable = false, length = 300)
    private String nameKey;

    @Convert(converter = ActorKindConverter.class)
    @Column(name = "kind", nullable = false, length = 20)
    private ActorKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaks_for_id")
    private Actor speaksFor;

    @Column(name = "role", length = 500)
    private String role;

    @Column(name = "origin", nullable = false, length = 20)
    private String origin;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Actor() {
    }

    public Long getId() {
        return id;
    }

    public String getCanonicalName() {
        return canonicalName;
    }

    public ActorKind getKind() {
        return kind;
    }

    public Actor getSpeaksFor() {
        return speaksFor;
    }

    public String getRole() {
        return role;
    }

    public boolean isFromCodebook() {
        return "codebook".equals(origin);
    }

}
