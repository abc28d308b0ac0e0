package io.routehandlers.internal.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API version (S-18.2): one to three numbers joined with dots, a missing part {@code 0}, so {@code 1},
 * {@code 1.0} and {@code v1} are the same version; ordered by its numbers.
 *
 * @param major the first number
 * @param minor the second, {@code 0} when not given
 * @param patch the third, {@code 0} when not given
 */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

    private static final Pattern SYNTAX = Pattern.compile("[vV]?(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?");

    /**
     * A version as a client or an annotation writes it.
     *
     * @return empty when it is not one
     */
    public static Optional<Version> parse(String text) {
        Matcher m = SYNTAX.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Version(number(m.group(1)), number(m.group(2)), number(m.group(3))));
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    @Override
    public int compareTo(Version other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c != 0 ? c : Integer.compare(patch, other.patch);
    }

    /** The shortest form: {@code 1}, {@code 1.1}, {@code 1.0.2}. */
    @Override
    public String toString() {
        return patch != 0
                ? major + "." + minor + "." + patch
                : minor != 0 ? major + "." + minor : String.valueOf(major);
    }
}
