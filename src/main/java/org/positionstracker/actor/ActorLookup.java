package org.positionstracker.actor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.positionstracker.codebook.Codebook;

/** Finds a stored actor by the name people use for it, with plain JDBC in the caller's transaction. */
public final class ActorLookup {
    private ActorLookup() {
    }

    /** The actor with this canonical name, else the one this is an alias of (names compared as {@link Codebook#key}). */
    public static Optional<Long> byNameOrAlias(Connection c, String name) throws SQLException {
        Optional<Long> byName = byName(c, name);
        return byName.isPresent() ? byName : first(c, "SELECT actor_id FROM actor_alias WHERE alias_key = ?", Codebook.key(name));
    }

    /** The actor with this canonical name. */
    public static Optional<Long> byName(Connection c, String name) throws SQLException {
        return first(c, "SELECT id FROM actor WHERE name_key = ?", Codebook.key(name));
    }

    private static Optional<Long> first(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }
}
