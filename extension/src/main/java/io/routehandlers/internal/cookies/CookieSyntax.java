package io.routehandlers.internal.cookies;

import io.routehandlers.internal.http.HeaderValidation;
import java.nio.charset.StandardCharsets;

/** Checks cookie names, values and attributes, and encodes values as JavaScript's encodeURIComponent. */
public final class CookieSyntax {

    private static final String UNRESERVED = "-_.!~*'()";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CookieSyntax() {}

    /** Throws unless {@code name} is an RFC 6265 token. */
    public static String requireName(String name) {
        if (!HeaderValidation.isToken(name)) {
            throw new IllegalArgumentException("Invalid cookie name '" + name + "': it must be an RFC 6265 token");
        }
        return name;
    }

    /** Throws when the value of cookie {@code name} is null, holds CR, LF or ';', or an unpaired surrogate. */
    public static String requireValue(String name, String value) {
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

    /** Throws when an attribute value (path, domain) holds CR, LF or ';'. */
    public static String requireAttribute(String attribute, String value) {
        if (value == null || hasSeparator(value)) {
            throw new IllegalArgumentException(
                    "Invalid cookie " + attribute + " '" + value + "': it must not be null or contain CR, LF or ';'");
        }
        return value;
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

    /**
     * JavaScript's {@code encodeURIComponent}: all but {@code A-Z a-z 0-9 - _ . ! ~ * ' ( )} as UTF-8 escapes.
     * An unpaired surrogate, which JavaScript rejects, is encoded as U+FFFD (values set through the API are
     * checked by {@link #requireValue} first; this leniency only serves cookies a client sent).
     */
    public static String encodeURIComponent(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean keep = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || UNRESERVED.indexOf(c) >= 0;
            if (keep) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            int end = pair ? i + 2 : i + 1;
            String character = Character.isSurrogate(c) && !pair ? "\uFFFD" : value.substring(i, end);
            for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return out == null ? value : out.toString();
    }
}
