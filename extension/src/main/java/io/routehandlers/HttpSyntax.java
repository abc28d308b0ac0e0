package io.routehandlers;

import java.nio.charset.StandardCharsets;

/**
 * The checks behind the public types that put text on the wire: header names and values (S-4.5), cookie names,
 * values and attributes (S-5.5), and the encoding of a redirect target. Every check throws
 * {@link IllegalArgumentException} naming the header or cookie, so no value can split or forge a response header.
 */
final class HttpSyntax {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private HttpSyntax() {}

    /** Whether {@code s} is a non-empty RFC 9110 token. */
    static boolean isToken(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Throws unless the name is a token and the value holds only visible ASCII, space and tab (S-4.5). */
    static void requireHeader(String name, String value) {
        if (!isToken(name)) {
            throw new IllegalArgumentException("Invalid header name '" + name + "': it must be an HTTP token");
        }
        requireValue(name, value);
    }

    /** Returns {@code value}, or throws when it is null or holds anything but visible ASCII, space and tab. */
    static String requireValue(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("Header " + name + " must not be null");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c >= 0x7f) {
                throw new IllegalArgumentException("Invalid value for header " + name + ": character U+"
                        + String.format("%04X", (int) c) + " at index " + i
                        + "; a header value holds only visible ASCII, space and tab");
            }
        }
        return value;
    }

    /**
     * A redirect target for {@code Location}: every character but visible ASCII is percent-encoded as UTF-8
     * ({@code /docs/xĀy} becomes {@code /docs/x%C4%80y}, a space {@code %20}, CR LF {@code %0D%0A}; an unpaired
     * surrogate stands for U+FFFD), as a browser serializes a URL. A redirect to request data never fails and never
     * puts a control byte on the wire.
     */
    static String location(String url) {
        if (url == null) {
            throw new IllegalArgumentException("Header Location must not be null");
        }
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > 0x20 && c < 0x7f) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            boolean pair =
                    Character.isHighSurrogate(c) && i + 1 < url.length() && Character.isLowSurrogate(url.charAt(i + 1));
            int end = pair ? i + 2 : i + 1;
            String character = Character.isSurrogate(c) && !pair ? "\uFFFD" : url.substring(i, end);
            for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return out == null ? url : out.toString();
    }

    /** Throws unless {@code name} is an RFC 6265 token. */
    static String requireCookieName(String name) {
        if (!isToken(name)) {
            throw new IllegalArgumentException("Invalid cookie name '" + name + "': it must be an RFC 6265 token");
        }
        return name;
    }

    /** Throws when the value of cookie {@code name} is null, holds CR, LF or ';', or an unpaired surrogate. */
    static String requireCookieValue(String name, String value) {
        if (value == null || hasSeparator(value)) {
            throw new IllegalArgumentException(
                    "Invalid value for cookie '" + name + "': it must not be null or contain CR, LF or ';'");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(
                        "Invalid value for cookie '" + name + "': it has an unpaired surrogate at index " + i);
            }
        }
        return value;
    }

    /**
     * Throws when a cookie attribute value (path, domain) holds CR, LF, ';' or anything but visible ASCII and
     * space: it is written to the header as it is.
     */
    static String requireCookieAttribute(String attribute, String value) {
        if (value == null || hasSeparator(value)) {
            throw new IllegalArgumentException(
                    "Invalid cookie " + attribute + " '" + value + "': it must not be null or contain CR, LF or ';'");
        }
        return requireValue("Set-Cookie " + attribute, value);
    }

    private static boolean hasSeparator(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == ';') {
                return true;
            }
        }
        return false;
    }
}
