package org.positionstracker;

import java.util.List;
import org.positionstracker.actor.Actor;
import org.positionstracker.actor.ActorAlias;
import org.positionstracker.article.Article;
import org.positionstracker.db.MappedEntities;
import org.positionstracker.position.Position;
import org.positionstracker.review.StoredCorrection;
import org.positionstracker.statement.ReportedStatement;
import org.positionstracker.statement.StatementTopic;
import org.positionstracker.topic.Topic;
import org.positionstracker.topic.TopicKeyword;

/** Every entity of the tracker, for {@link org.positionstracker.db.Database}'s Hibernate set-up (found through {@link MappedEntities}). */
public final class TrackerEntities implements MappedEntities {
    public static final List<Class<?>> ENTITIES = List.of(Article.class, Actor.class, ActorAlias.class, Topic.class,
            TopicKeyword.class, ReportedStatement.class, StatementTopic.class, Position.class, StoredCorrection.class);

    @Override
    public List<Class<?>> classes() {
        return ENTITIES;
    }
}
