package org.positionstracker.importer;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.positionstracker.actor.Actor;
import org.positionstracker.actor.ActorAlias;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.extract.SpeakerRef;

/** Finds actors by canonical name or alias within one transaction, and creates discovered ones. */
final class ActorDirectory {
    private static final int MAX_ALIAS_LENGTH = 300;

    private final EntityManager em;
    private final OffsetDateTime now;
    private final Map<String, Actor> byKey = new HashMap<>();
    private int discovered;

    ActorDirectory(EntityManager em, OffsetDateTime now) {
        this.em = em;
        this.now = now;
    }

    Optional<Actor> find(String name) {
        String key = Codebook.key(name);
        Actor cached = byKey.get(key);
        if (cached != null) return Optional.of(cached);
        List<Actor> byName = em.createQuery("select a from Actor a where a.nameKey = :key", Actor.class)
                .setParameter("key", key).getResultList();
        if (!byName.isEmpty()) return Optional.of(remember(name, byName.get(0)));
        List<Actor> byAlias = em.createQuery(
                        "select al.actor from ActorAlias al where al.aliasKey = :key", Actor.class)
                .setParameter("key", key).getResultList();
        if (!byAlias.isEmpty()) return Optional.of(remember(name, byAlias.get(0)));
        return Optional.empty();
    }

    Actor remember(String name, Actor actor) {
        byKey.put(Codebook.key(name), actor);
        return actor;
    }

    boolean aliasTaken(String alias) {
        return !em.createQuery("select count(al) from ActorAlias al where al.aliasKey = :key", Long.class)
                .setParameter("key", Codebook.key(alias)).getSingleResult().equals(0L)
                || !em.createQuery("select count(a) from Actor a where a.nameKey = :key", Long.class)
                .setParameter("key", Codebook.key(alias)).getSingleResult().equals(0L);
    }

    /**
     * The stored actor for a speaker the extractor found: the existing one by name or alias, or a
     * newly discovered one with the kind, role and affiliation the article gave it. An existing
     * discovered actor learns a role or affiliation it did not have yet.
     */
    Actor resolve(SpeakerRef ref) {
        Optional<Actor> existing = find(ref.canonicalName());
        Actor speaksFor = ref.speaksFor() == null ? null : find(ref.speaksFor()).orElse(null);
        if (existing.isPresent()) {
            Actor actor = existing.get();
            if (!actor.isFromCodebook()) {
                if (actor.getRole() == null && ref.role() != null) actor.setRole(truncate(ref.role(), 500));
                if (actor.getSpeaksFor() == null && speaksFor != null && speaksFor != actor) actor.setSpeaksFor(speaksFor);
            }
            return actor;
        }
        Actor actor = new Actor(truncate(ref.canonicalName(), MAX_ALIAS_LENGTH), ref.kind(),
                ref.role() == null ? null : truncate(ref.role(), 500), false, now);
        if (speaksFor != null) actor.setSpeaksFor(speaksFor);
        em.persist(actor);
        discovered++;
        return remember(ref.canonicalName(), actor);
    }

    /** Records a name the article used for an actor (e.g. a surname) so later queries find it by that name too. */
    void learnAlias(Actor actor, String mention) {
        String alias = mention.strip();
        if (alias.length() < 3 || alias.length() > MAX_ALIAS_LENGTH || !looksLikeName(alias)) return;
        if (find(alias).isPresent()) return;
        em.persist(new ActorAlias(actor, alias, false));
        remember(alias, actor);
    }

    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
            "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "the", "a", "an", "this", "that", "these", "those");
    private static final java.util.Set<String> NAME_CONNECTORS = java.util.Set.of(
            "of", "the", "and", "for", "de", "del", "da", "al", "el", "bin", "von", "van", "der", "la", "le");

    /** A proper name: every word capitalised (bar connectors such as "of"), not starting with a pronoun or article. */
    static boolean looksLikeName(String mention) {
        String[] words = mention.split("\\s+");
        if (NOT_NAMES.contains(words[0].toLowerCase(java.util.Locale.ROOT))) return false;
        for (String word : words) {
            if (word.isEmpty()) return false;
            if (!Character.isUpperCase(word.codePointAt(0)) && !NAME_CONNECTORS.contains(word)) return false;
        }
        return true;
    }

    int discoveredCount() {
        return discovered;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
