package org.positionstracker.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.TextSpan;

/**
 * When a statement was made: its article's date, unless the sentence it stands in names a
 * relative day. News usage: "on Wednesday" is the most recent Wednesday on or before the
 * article's date, "yesterday" the day before, "today"/"tonight"/"this morning" the day itself.
 * Without an article date there is no statement date.
 */
final class StatementDates {
    private static final Pattern DAY = Pattern.compile(
            "\\b(?:(?:on|last|this|late|early)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\b(yesterday|today|tonight|this morning|this afternoon|this evening)\\b",
            Pattern.CASE_INSENSITIVE);

    private StatementDates() {
    }

    static LocalDate saidOn(String text, ExtractedStatement statement, LocalDate published) {
        if (published == null) return null;
        TextSpan window = sentenceAround(text, statement);
        Matcher m = DAY.matcher(text).region(window.start(), window.end());
        if (!m.find()) return published;
        if (m.group(1) != null) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return published.with(TemporalAdjusters.previousOrSame(day));
        }
        return m.group(2).equalsIgnoreCase("yesterday") ? published.minusDays(1) : published;
    }

    /** From the start of the sentence holding the statement's first span to the end of its content. */
    private static TextSpan sentenceAround(String text, ExtractedStatement s) {
        int first = s.content().start();
        if (s.cue() != null) first = Math.min(first, s.cue().start());
        if (s.speakerMention() != null) first = Math.min(first, s.speakerMention().start());
        int start = first;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && start < text.length() && Character.isWhitespace(text.charAt(start)))) break;
            start--;
        }
        return new TextSpan(start, Math.max(start, s.content().end()));
    }
}
