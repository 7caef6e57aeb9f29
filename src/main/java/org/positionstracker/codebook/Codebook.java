package org.positionstracker.codebook;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.positionstracker.actor.ActorNames;

/**
 * The editable knowledge the extractor starts from: known actors with their aliases and the
 * topics statements are classified into. Validated on construction so a bad file fails once,
 * with the reason, before anything is imported.
 */
public record Codebook(String source, List<ActorEntry> actors, List<TopicEntry> topics) {

    public Codebook {
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
        Set<String> names = new HashSet<>();
        Map<String, String> aliasOwner = new HashMap<>();
        for (ActorEntry a : actors) {
            if (!names.add(key(a.name())))
                throw new IllegalArgumentException("actor '" + a.name() + "' is listed twice");
        }
        for (ActorEntry a : actors) {
            if (a.speaksFor() != null && !names.contains(key(a.speaksFor())))
                throw new IllegalArgumentException("actor '" + a.name() + "' speaks for '" + a.speaksFor() + "', which is not in the codebook");
            for (String alias : a.aliases()) {
                String previous = aliasOwner.putIfAbsent(key(alias), a.name());
                if (previous != null && !previous.equals(a.name()))
                    throw new IllegalArgumentException("alias '" + alias + "' is given to both '" + previous + "' and '" + a.name() + "'");
            }
        }
        Set<String> slugs = new HashSet<>();
        for (TopicEntry t : topics) {
            if (!slugs.add(t.slug())) throw new IllegalArgumentException("topic '" + t.slug() + "' is listed twice");
        }
    }

    public Optional<ActorEntry> actor(String name) {
        return actors.stream().filter(a -> key(a.name()).equals(key(name))).findFirst();
    }

    public Optional<TopicEntry> topic(String slug) {
        return topics.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** The normalised form names and aliases are compared in (see {@link ActorNames#key}). */
    public static String key(String name) {
        return ActorNames.key(name);
    }
}
