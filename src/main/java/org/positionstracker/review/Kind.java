package org.positionstracker.review;

import java.util.Arrays;
import java.util.Locale;

/** What a correction changes. */
public enum Kind {
    SPEAKER, TOPICS, STANCE, REJECT, ADD, MERGE, ALIAS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean aboutStatement() {
        return this != MERGE && this != ALIAS;
    }

    public static Kind fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown correction kind '" + code + "'"));
    }
}
