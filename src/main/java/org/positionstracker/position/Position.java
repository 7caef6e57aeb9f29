package org.positionstracker.position;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.positionstracker.actor.Actor;
import org.positionstracker.statement.ReportedStatement;
import org.positionstracker.topic.Stance;
import org.positionstracker.topic.StanceConverter;
import org.positionstracker.topic.Topic;

/** An actor's stance on a topic, derived from statements, with the statements as evidence. */
@Entity
@Table(name = "position")
public class Position {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_seq")
    @SequenceGenerator(name = "position_seq", sequenceName = "position_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    private Actor actor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false)
    private Topic topic;

    @Convert(converter = StanceConverter.class)
    @Column(name = "stance", nullable = false, length = 20)
    private Stance stance;

    @Column(name = "statement_count", nullable = false)
    private int statementCount;

    @Column(name = "own_statement_count", nullable = false)
    private int ownStatementCount;

    @Column(name = "supports_count", nullable = false)
    private int supportsCount;

    @Column(name = "opposes_count", nullable = false)
    private int opposesCount;

    @Column(name = "conditional_count", nullable = false)
    private int conditionalCount;

    @Column(name = "demands_count", nullable = false)
    private int demandsCount;

    @Column(name = "neutral_count", nullable = false)
    private int neutralCount;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "position_evidence",
            joinColumns = @JoinColumn(name = "position_id"),
            inverseJoinColumns = @JoinColumn(name = "statement_id"))
    private Set<ReportedStatement> evidence = new HashSet<>();

    protected Position() {
    }

}
