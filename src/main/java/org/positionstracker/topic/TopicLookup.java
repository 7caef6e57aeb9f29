package org.positionstracker.topic;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.positionstracker.db.Sql;

/**
 * Finds a stored topic by the name people use for it, with plain JDBC in the caller's
 * transaction: its slug or its label, in any case, with spaces, hyphens or underscores between
 * words. Every command that takes a topic name matches it here.
 */
public final class TopicLookup {
    /** A stored topic; {@code claim} is null when the codebook gives none. */
    public record TopicRef(long id, String slug, String label, String claim) {
    }

    private TopicLookup() {
    }

    /** "ceasefire conditions", "Ceasefire-Conditions" and "ceasefire_conditions" all name the topic ceasefire-conditions. */
    public static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    /** The topic whose slug or label has the same {@link #key} as {@code name}. */
    public static Optional<TopicRef> byName(Connection c, String name) throws SQLException {
        String key = key(name);
        return all(c).stream().filter(t -> key(t.slug()).equals(key) || key(t.label()).equals(key)).findFirst();
    }

    /** Every topic, by slug. */
    public static List<TopicRef> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT id, slug, label, claim FROM topic ORDER BY slug",
                rs -> new TopicRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }
}
