package communique.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them on a command line: 90s, 15m, 2h, 1h30m, 1d, 500ms (or ISO-8601, PT15M). */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("p")) {
            try {
                return positive(Duration.parse(text.toUpperCase(Locale.ROOT)), value);
            } catch (DateTimeParseException e) {
                throw invalid(value);
            }
        }
        Matcher m = PART.matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.lookingAt()) {
            total = total.plus(part(Long.parseLong(m.group(1)), m.group(2)));
            end = m.end();
            m.region(end, text.length());
        }
        if (end != text.length() || end == 0) {
            throw invalid(value);
        }
        return positive(total, value);
    }

    private static Duration part(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static Duration positive(Duration d, String value) {
        if (d.isZero() || d.isNegative()) {
            throw new TypeConversionException("'" + value + "' is not a positive duration");
        }
        return d;
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException("'" + value + "' is not a duration (examples: 30s, 15m, 2h, 1h30m, 1d)");
    }
}
