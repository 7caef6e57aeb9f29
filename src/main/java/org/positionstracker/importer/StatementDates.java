package org.positionstracker.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.TextSpan;

/**
 * When a statement was made: its article's date, unless the statement's own sentence names a
 * relative day. News usage: "on Wednesday" is the most recent Wednesday on or before the
 * article's date, "yesterday" the day before, "today"/"tonight"/"this morning" the day itself.
 * Without an article date there is no statement date.
 *
 * <p>The own sentence runs from the start of the sentence the content starts in to the end of
 * the sentence the content ends in, so an attribution after a quotation ("...," she told
 * reporters on Thursday.) counts, and a day named in a neighbouring sentence (the attribution
 * of an earlier quotation that this one continues) does not.
 */
final class StatementDates {
    private static final Pattern DAY = Pattern.compile(
            "\\b(?:(?:on|last|this|late|early)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\b(yesterday|today|tonight|this morning|this afternoon|this evening)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words whose full stop does not end a sentence ("Mr. Baxter said on Monday"). */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov",
            "lt", "col", "sgt", "capt", "prof", "jr", "sr", "no", "vs", "u.s", "u.k", "u.n");

    private StatementDates() {
    }

    static LocalDate saidOn(String text, ExtractedStatement statement, LocalDate published) {
        if (published == null) return null;
        TextSpan window = ownSentence(text, statement.content());
        Matcher m = DAY.matcher(text).region(window.start(), window.end());
        if (!m.find()) return published;
        if (m.group(1) != null) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return published.with(TemporalAdjusters.previousOrSame(day));
        }
        return m.group(2).equalsIgnoreCase("yesterday") ? published.minusDays(1) : published;
    }

    static TextSpan ownSentence(String text, TextSpan content) {
        int start = content.start();
        while (start > 0 && !endsSentenceBefore(text, start)) start--;
        int end = content.end();
        while (end < text.length() && !endsSentenceBefore(text, end)) end++;
        return new TextSpan(start, end);
    }

    /** True when a sentence ends right before index {@code i}: a line break, or . ! ? (with any closing quotes) then white space. */
    private static boolean endsSentenceBefore(String text, int i) {
        char c = text.charAt(i - 1);
        if (c == '\n') return true;
        if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) return false;
        int p = i - 1;
        while (p > 0 && isClosingQuote(text.charAt(p))) p--;
        char mark = text.charAt(p);
        if (mark == '!' || mark == '?') return true;
        return mark == '.' && !abbreviationBefore(text, p);
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')';
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
        String word = text.substring(w, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
