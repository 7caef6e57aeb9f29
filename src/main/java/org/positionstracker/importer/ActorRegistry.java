package org.positionstracker.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.positionstracker.actor.ActorHierarchy;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.db.IdBlocks;
import org.positionstracker.extract.SpeakerRef;

/**
 * Finds and creates actors and aliases for an import run, with JDBC, remembering what it has seen
 * so that most lookups cost nothing. What an article's transaction added is forgotten again if
 * that transaction rolls back ({@link #rollback()}), so the cache never names a row that is not
 * there.
 */
final class ActorRegistry {
    /** What the importer needs to know of a stored actor. */
    record Known(long id, Long speaksFor, boolean hasRole, boolean fromCodebook, ActorKind kind) {
    }

    private static final Set<String> NOT_NAMES = Set.of(
            "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "the", "a", "an", "this", "that", "these", "those");
    private static final Set<String> NAME_CONNECTORS = Set.of(
            "of", "the", "and", "for", "de", "del", "da", "al", "el", "bin", "von", "van", "der", "la", "le");
    private static final int MAX_NAME = 300;
    private static final int MAX_ROLE = 500;

    private final IdBlocks ids;
    private final Map<String, Known> byKey = new HashMap<>();
    private final Map<Long, Known> byId = new HashMap<>();
    private final List<String> pendingKeys = new ArrayList<>();
    private final List<Long> pendingIds = new ArrayList<>();
    private int discovered;

    ActorRegistry(IdBlocks ids) {
        this.ids = ids;
    }

    /** Call when an article's transaction committed. */
    void commit() {
        pendingKeys.clear();
        pendingIds.clear();
    }

    /** Call when the transaction rolled back: forget everything added or changed since the last commit. */
    void rollback() {
        rollbackTo(0);
    }

    /** A point to roll back to (an article's savepoint). */
    int mark() {
        return pendingKeys.size();
    }

    /** Forget what was added or changed since the mark, as a rollback to the matching savepoint does. */
    void rollbackTo(int mark) {
        for (int i = pendingKeys.size() - 1; i >= mark; i--) {
            byKey.remove(pendingKeys.remove(i));
            byId.remove(pendingIds.remove(i));
        }
    }

    int takeDiscoveredCount() {
        int n = discovered;
        discovered = 0;
        return n;
    }

    Optional<Known> find(Connection c, String name) throws SQLException {
        String key = Codebook.key(name);
        Known known = byKey.get(key);
        if (known != null) return Optional.of(known);
        known = query(c, "SELECT id, speaks_for_id, role, origin, kind FROM actor WHERE name_key = ?", key);
        if (known == null)
            known = query(c, "SELECT a.id, a.speaks_for_id, a.role, a.origin, a.kind FROM actor_alias al JOIN actor a ON a.id = al.actor_id WHERE al.alias_key = ?", key);
        if (known == null) return Optional.empty();
        remember(key, known);
        return Optional.of(known);
    }

    Known byId(Connection c, long id) throws SQLException {
        Known known = byId.get(id);
        if (known != null) return known;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, speaks_for_id, role, origin, kind FROM actor WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("actor " + id + " does not exist");
                known = known(rs);
            }
        }
        byId.put(id, known);
        return known;
    }

    /** The actor and everyone it speaks for, up the chain. */
    List<Long> selfAndPrincipals(Connection c, long actorId) throws SQLException {
        List<Long> chain = new ArrayList<>();
        Long current = actorId;
        while (current != null && chain.size() <= ActorHierarchy.MAX_DEPTH && !chain.contains(current)) {
            chain.add(current);
            current = byId(c, current).speaksFor();
        }
        return chain;
    }

    /**
     * The stored actor for a speaker the extractor found: the existing one by name or alias, or a
     * newly discovered one with the kind, role and affiliation the article gave it. An existing
     * discovered actor learns a role or affiliation it did not have yet, and a kind when it was
     * stored as "other" (the article that found it could not tell what it is).
     */
    Known resolve(Connection c, SpeakerRef ref, OffsetDateTime now) throws SQLException {
        Long speaksFor = ref.speaksFor() == null ? null : find(c, ref.speaksFor()).map(Known::id).orElse(null);
        Optional<Known> existing = find(c, ref.canonicalName());
        if (existing.isPresent()) {
            Known actor = existing.get();
            if (actor.fromCodebook()) return actor;
            boolean learnRole = !actor.hasRole() && ref.role() != null;
            boolean learnAffiliation = actor.speaksFor() == null && speaksFor != null && speaksFor != actor.id();
            boolean learnKind = actor.kind() == ActorKind.OTHER && ref.kind() != ActorKind.OTHER;
            if (!learnRole && !learnAffiliation && !learnKind) return actor;
            ActorKind kind = learnKind ? ref.kind() : actor.kind();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE actor SET role = COALESCE(role, ?), speaks_for_id = COALESCE(speaks_for_id, ?), kind = ? WHERE id = ?")) {
                NullableBinds.text(ps, 1, learnRole ? truncate(ref.role(), MAX_ROLE) : null);
                NullableBinds.id(ps, 2, learnAffiliation ? speaksFor : null);
                ps.setString(3, kind.code());
                ps.setLong(4, actor.id());
                ps.executeUpdate();
            }
            Known updated = new Known(actor.id(), learnAffiliation ? speaksFor : actor.speaksFor(), actor.hasRole() || learnRole, false, kind);
            rememberPending(Codebook.key(ref.canonicalName()), updated);
            return updated;
        }
        Known created = insert(c, truncate(ref.canonicalName(), MAX_NAME), ref.kind(), truncate(ref.role(), MAX_ROLE), speaksFor, false, now);
        discovered++;
        return created;
    }

    Known insert(Connection c, String name, ActorKind kind, String role, Long speaksFor, boolean fromCodebook, OffsetDateTime now) throws SQLException {
        long id = ids.next(c, "actor_seq");
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO actor (id, canonical_name, name_key, kind, speaks_for_id, role, origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, name);
            ps.setString(3, Codebook.key(name));
            ps.setString(4, kind.code());
            NullableBinds.id(ps, 5, speaksFor);
            NullableBinds.text(ps, 6, role);
            ps.setString(7, fromCodebook ? "codebook" : "discovered");
            ps.setObject(8, now);
            ps.executeUpdate();
        }
        Known created = new Known(id, speaksFor, role != null, fromCodebook, kind);
        rememberPending(Codebook.key(name), created);
        return created;
    }

    /** Makes an existing actor match its codebook entry. */
    Known updateFromCodebook(Connection c, Known actor, ActorKind kind, String role, Long speaksFor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE actor SET kind = ?, role = COALESCE(?, role), speaks_for_id = ?, origin = 'codebook' WHERE id = ?")) {
            ps.setString(1, kind.code());
            NullableBinds.text(ps, 2, role);
            NullableBinds.id(ps, 3, speaksFor);
            ps.setLong(4, actor.id());
            ps.executeUpdate();
        }
        Known updated = new Known(actor.id(), speaksFor, role != null || actor.hasRole(), true, kind);
        byId.put(updated.id(), updated);
        byKey.replaceAll((k, v) -> v.id() == updated.id() ? updated : v);
        return updated;
    }

    /** Adds an alias unless the name is already an actor's name or alias. */
    boolean addAlias(Connection c, long actorId, String alias, boolean fromCodebook) throws SQLException {
        if (alias.isBlank() || alias.length() > MAX_NAME || find(c, alias).isPresent()) return false;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO actor_alias (id, actor_id, alias, alias_key, origin) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, ids.next(c, "actor_alias_seq"));
            ps.setLong(2, actorId);
            ps.setString(3, alias.strip());
            ps.setString(4, Codebook.key(alias));
            ps.setString(5, fromCodebook ? "codebook" : "discovered");
            ps.executeUpdate();
        }
        rememberPending(Codebook.key(alias), byId(c, actorId));
        return true;
    }

    /** Records a name the article used for an actor (e.g. a surname) so later queries find it by that name too. */
    void learnAlias(Connection c, long actorId, String mention) throws SQLException {
        String alias = mention.strip();
        if (alias.length() >= 3 && looksLikeName(alias)) addAlias(c, actorId, alias, false);
    }

    /** A proper name: every word capitalised (bar connectors such as "of"), not starting with a pronoun or article. */
    static boolean looksLikeName(String mention) {
        String[] words = mention.split("\\s+");
        if (NOT_NAMES.contains(words[0].toLowerCase(Locale.ROOT))) return false;
        for (String word : words) {
            if (word.isEmpty()) return false;
            if (!Character.isUpperCase(word.codePointAt(0)) && !NAME_CONNECTORS.contains(word)) return false;
        }
        return true;
    }

    private Known query(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? known(rs) : null;
            }
        }
    }

    private static Known known(ResultSet rs) throws SQLException {
        long speaksForId = rs.getLong(2);
        Long speaksFor = rs.wasNull() ? null : speaksForId;
        return new Known(rs.getLong(1), speaksFor, rs.getString(3) != null, "codebook".equals(rs.getString(4)), ActorKind.fromCode(rs.getString(5)));
    }

    private void remember(String key, Known known) {
        byKey.put(key, known);
        byId.put(known.id(), known);
    }

    private void rememberPending(String key, Known known) {
        remember(key, known);
        pendingKeys.add(key);
        pendingIds.add(known.id());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
