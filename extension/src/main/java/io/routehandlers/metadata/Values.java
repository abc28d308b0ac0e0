package io.routehandlers.metadata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** How metadata values are checked and written, in one place. */
final class Values {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Values() {}

    /** ISO-8601 UTC with milliseconds, as JavaScript's {@code toISOString}: {@code 2026-04-06T15:02:24.021Z}. */
    static String iso(Instant instant) {
        return ISO_MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The shortest decimal form of a number, as JavaScript prints it: {@code 1}, {@code 0.5}, {@code 2}. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * A value of a line-based format (robots.txt): not {@code null}, no CR or LF that would start a line of its own.
     *
     * @throws IllegalArgumentException naming the value when it has a line break
     */
    static String line(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(name + " must not contain CR or LF: "
                    + value.replace("\r", "\\r").replace("\n", "\\n"));
        }
        return value;
    }
}
