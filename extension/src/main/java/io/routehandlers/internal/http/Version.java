package io.routehandlers.internal.http;

import java.util.Optional;

/**
 * An API version (S-18.2): one to three numbers joined with dots, a missing part {@code 0}, so {@code 1},
 * {@code 1.0} and {@code v1} are the same version; ordered by its numbers.
 *
 * @param major the first number
 * @param minor the second, {@code 0} when not given
 * @param patch the third, {@code 0} when not given
 */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

    /**
     * A version as a client or an annotation writes it: an optional {@code v}, then one to three numbers of at most nine
     * digits, joined with dots. Read by hand: it is read on every request of a versioned route.
     *
     * @return empty when it is not one
     */
    public static Optional<Version> parse(String text) {
        String value = text.strip();
        int i = !value.isEmpty() && (value.charAt(0) == 'v' || value.charAt(0) == 'V') ? 1 : 0;
        int[] parts = new int[3];
        int part = 0;
        int digits = 0;
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9' && digits < 9) {
                parts[part] = parts[part] * 10 + (c - '0');
                digits++;
            } else if (c == '.' && digits > 0 && part < 2) {
                part++;
                digits = 0;
            } else {
                return Optional.empty();
            }
        }
        return digits == 0 ? Optional.empty() : Optional.of(new Version(parts[0], parts[1], parts[2]));
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
