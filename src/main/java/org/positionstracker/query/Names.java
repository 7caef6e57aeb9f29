package org.positionstracker.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.positionstracker.actor.ActorLookup;
import org.positionstracker.topic.TopicLookup;
import org.positionstracker.topic.TopicLookup.TopicRef;

/**
 * The actor and topic a user names in a query, or {@link UnknownNameException} saying what is
 * known. The matching itself is {@link ActorLookup}'s and {@link TopicLookup}'s.
 */
public final class Names {
    private Names() {
    }

    public static TopicRef topic(Connection c, String name) throws SQLException {
        Optional<TopicRef> topic = TopicLookup.byName(c, name);
        if (topic.isPresent()) return topic.get();
        throw new UnknownNameException("no topic '" + name + "'; known topics: "
                + String.join(", ", TopicLookup.all(c).stream().map(TopicRef::slug).toList()));
    }

    public static long actorId(Connection c, String name) throws SQLException {
        return ActorLookup.byNameOrAlias(c, name)
                .orElseThrow(() -> new UnknownNameException("no actor or alias '" + name + "' (list them with the actors command)"));
    }
}
