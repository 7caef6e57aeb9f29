package org.positionstracker.actor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.positionstracker.db.Sql;

/** Finds a stored actor by the name people use for it, with plain JDBC in the caller's transaction. */
public final class ActorLookup {
    private ActorLookup() {
    }

    /** The actor with this canonical name, else the one this is an alias of (names compared as {@link ActorNames#key}). */
    public static Optional<Long> byNameOrAlias(Connection c, String name) throws SQLException {
        Optional<Long> byName = byName(c, name);
        return byName.isPresent() ? byName : first(c, "SELECT actor_id FROM actor_alias WHERE alias_key = ?", ActorNames.key(name));
    }

    /** The actor with this canonical name. */
    public static Optional<Long> byName(Connection c, String name) throws SQLException {
        return first(c, "SELECT id FROM actor WHERE name_key = ?", ActorNames.key(name));
    }

    /** The canonical name of the actor with this id. */
    public static Optional<String> canonicalName(Connection c, long actorId) throws SQLException {
        return Sql.first(c, "SELECT canonical_name FROM actor WHERE id = ?", rs -> rs.getString(1), actorId);
    }

    /** Names of the actors that speak for another (people for their government): not top level. */
    public static Set<String> speakingForOthers(Connection c) throws SQLException {
        return new HashSet<>(Sql.list(c, "SELECT canonical_name FROM actor WHERE speaks_for_id IS NOT NULL", rs -> rs.getString(1)));
    }

    /** The actors that speak directly for any of these (for {@link ActorHierarchy#selfAndMembers}). */
    public static List<Long> membersOf(Connection c, Set<Long> ids) {
        try {
            return Sql.longs(c, "SELECT id FROM actor WHERE speaks_for_id IN (" + Sql.marks(ids.size()) + ")", ids.toArray());
        } catch (SQLException e) {
            throw Sql.failed(e);
        }
    }

    private static Optional<Long> first(Connection c, String sql, String key) throws SQLException {
        return Sql.first(c, sql, rs -> rs.getLong(1), key);
    }
}
