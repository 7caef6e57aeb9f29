package org.positionstracker.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.positionstracker.codebook.ActorEntry;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.TopicEntry;
import org.positionstracker.db.IdBlocks;

/**
 * Brings the actor, alias and topic tables in line with the codebook: adds what is new and
 * updates what changed. Never deletes: statements may still refer to an actor or topic that
 * was since removed from the codebook.
 */
final class CodebookSync {
    private CodebookSync() {
    }

    private static boolean mergedByReview(Connection c, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM actor_alias WHERE alias_key = ? AND origin = 'review'")) {
            q.setString(1, Codebook.key(name));
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Applies the codebook and returns topic slug -> topic id. */
    static Map<String, Long> apply(Connection c, Codebook codebook, ActorRegistry actors, IdBlocks ids, OffsetDateTime now) throws SQLException {
        Map<String, ActorRegistry.Known> byName = new HashMap<>();
        for (ActorEntry entry : codebook.actors()) {
            Optional<ActorRegistry.Known> found = actors.find(c, entry.name());
            byName.put(entry.name(), found.isPresent() ? found.get()
                    : actors.insert(c, entry.name(), entry.kind(), entry.role(), null, true, now));
        }
        for (ActorEntry entry : codebook.actors()) {
            // An analyst merged this codebook actor into another: the one kept keeps its own kind and affiliation.
            if (mergedByReview(c, entry.name())) continue;
            Long speaksFor = entry.speaksFor() == null ? null : actors.find(c, entry.speaksFor()).orElseThrow().id();
            ActorRegistry.Known actor = actors.updateFromCodebook(c, byName.get(entry.name()), entry.kind(), entry.role(), speaksFor);
            for (String alias : entry.aliases()) actors.addAlias(c, actor.id(), alias, true);
        }
        Map<String, Long> topics = new HashMap<>();
        for (TopicEntry entry : codebook.topics()) {
            Long id = null;
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM topic WHERE slug = ?")) {
                q.setString(1, entry.slug());
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) id = rs.getLong(1);
                }
            }
            if (id == null) {
                id = ids.next(c, "topic_seq");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO topic (id, slug, label, description, claim) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, entry.slug());
                    ps.setString(3, entry.label());
                    ps.setString(4, entry.description());
                    ps.setString(5, entry.claim());
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE topic SET label = ?, description = ?, claim = ? WHERE id = ?")) {
                    ps.setString(1, entry.label());
                    ps.setString(2, entry.description());
                    ps.setString(3, entry.claim());
                    ps.setLong(4, id);
                    ps.executeUpdate();
                }
            }
            topics.put(entry.slug(), id);
            Set<String> known = new HashSet<>();
            try (PreparedStatement q = c.prepareStatement("SELECT keyword FROM topic_keyword WHERE topic_id = ?")) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) known.add(rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO topic_keyword (id, topic_id, keyword) VALUES (?, ?, ?)")) {
                for (String keyword : entry.keywords()) {
                    if (!known.add(keyword)) continue;
                    ps.setLong(1, ids.next(c, "topic_keyword_seq"));
                    ps.setLong(2, id);
                    ps.setString(3, keyword);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT id, slug FROM topic"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) topics.putIfAbsent(rs.getString(2), rs.getLong(1));
        }
        actors.commit();
        return topics;
    }
}
