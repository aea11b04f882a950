package dev.gateway.simulator;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes durations the way config values spell them: {@code 2800ms}, {@code 3s}, or ISO-8601 such as
 * {@code PT2.8S}. Written back always in whole milliseconds.
 */
final class DurationText {

    private static final Pattern SHORT_FORM = Pattern.compile("(\\d{1,12})(ms|s)");

    private DurationText() {
    }

    static Duration parse(String text) {
        Matcher matcher = SHORT_FORM.matcher(text.trim());
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return "ms".equals(matcher.group(2)) ? Duration.ofMillis(amount) : Duration.ofSeconds(amount);
        }
        return parseIso(text.trim());
    }

    static String format(Duration duration) {
        return duration.toMillis() + "ms";
    }

    private static Duration parseIso(String text) {
        try {
            Duration duration = Duration.parse(text);
            if (duration.isNegative()) {
                throw new IllegalArgumentException("duration must not be negative (was " + text + ")");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration such as 2800ms, 3s or PT2.8S: '" + text + "'", e);
        }
    }
}
