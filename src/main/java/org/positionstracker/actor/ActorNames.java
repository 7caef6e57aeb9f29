package org.positionstracker.actor;

import java.util.Locale;

/** How actor names and aliases are compared: the one normal form stored in name_key and alias_key. */
public final class ActorNames {
    private ActorNames() {
    }

    /** The normalised form names and aliases are compared in: trimmed, lower case, single spaces, straight apostrophes. */
    public static String key(String name) {
        return name.trim().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
