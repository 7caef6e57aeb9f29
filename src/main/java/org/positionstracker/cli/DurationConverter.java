package org.positionstracker.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** A duration as people type it: "60s", "5m", "500ms", "1h", or a plain number of seconds. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
        Matcher m = FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches())
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (expected e.g. 60s, 5m, 500ms, or a number of seconds)");
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.isZero()) throw new CommandLine.TypeConversionException("'" + value + "' is not a positive duration");
        return d;
    }
}
