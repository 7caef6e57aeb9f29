package org.positionstracker.review;

import java.time.OffsetDateTime;

/** Why a correction was made (or withdrawn), by whom and when: stored with it. */
public record Note(String reason, String by, OffsetDateTime at) {
}
