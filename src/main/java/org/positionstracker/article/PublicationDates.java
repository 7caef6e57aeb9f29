package org.positionstracker.article;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Publication dates as pages and exports write them: an ISO date or date-time (the day is the one
 * in the writer's own offset, as a reader there saw it) or an RFC 1123 date as feeds use.
 */
final class PublicationDates {
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ].*)?");

    private PublicationDates() {
    }

    static Optional<LocalDate> parse(String value) {
        if (value == null) return Optional.empty();
        String s = value.strip();
        try {
            if (ISO_DAY.matcher(s).matches()) return Optional.of(LocalDate.parse(s.substring(0, 10)));
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** For messages: the forms {@link #parse} accepts. */
    static String accepted() {
        return "a date like 2025-11-27, 2025-11-27T09:30:00Z or Thu, 27 Nov 2025 09:30:00 GMT";
    }
}
