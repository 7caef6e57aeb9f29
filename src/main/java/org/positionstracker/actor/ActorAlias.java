package org.positionstracker.actor;

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

/** Another name for an actor: a surname, a metonym such as Kyiv, an abbreviation. */
@Entity
@Table(name = "actor_alias")
public class ActorAlias {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_alias_seq")
    @SequenceGenerator(name = "actor_alias_seq", sequenceName = "actor_alias_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    private Actor actor;

    @Column(name = "alias", nullable = false, length = 300)
    private String alias;

    @Column(name = "alias_key", nullable = false, length = 300)
    private String aliasKey;

    @Column(name = "origin", nullable = false, length = 20)
    private String origin;

    protected ActorAlias() {
    }

    public Actor getActor() {
        return actor;
    }
}
