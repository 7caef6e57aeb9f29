package org.positionstracker.statement;

import java.util.Locale;

/**
 * How a statement is reported: {@code DIRECT} is a full quotation, {@code PARTIAL} is reported
 * speech that contains quoted words, {@code INDIRECT} is reported speech without quotation marks.
 */
public enum Mode {
    DIRECT, PARTIAL, INDIRECT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Mode fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown mode '" + code + "' (expected direct, partial or indirect)");
        }
    }
}
