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
     * A value of an XML format (a sitemap): not {@code null}, and only characters XML 1.0 allows, which the escaping
     * of {@code & < > " '} then keeps well-formed.
     *
     * @throws IllegalArgumentException naming the value when it has a control character, U+FFFE, U+FFFF or an
     *     unpaired surrogate
     */
    static String xml(String value, String name) {
        Objects.requireNonNull(value, name);
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000;
            if (!allowed) {
                throw new IllegalArgumentException(
                        String.format("%s has the character U+%04X at index %d, which XML does not allow", name, c, i));
            }
            i += Character.charCount(c);
        }
        return value;
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
