package org.positionstracker.actor;

import java.util.Locale;

/** What kind of speaker an actor is. Stored in lower case in {@code actor.kind}. */
public enum ActorKind {
    PERSON, GOVERNMENT, ORGANISATION, GROUP, MEDIA, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActorKind fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown actor kind '" + code + "' (expected one of person, government, organisation, group, media, other)");
        }
    }
}
