package io.routehandlers.internal.http;

/** Rejects header names and values that could split or forge a response header. */
public final class HeaderValidation {

    private HeaderValidation() {}

    /** Whether {@code s} is a non-empty RFC 9110 token. */
    public static boolean isToken(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Throws when the name is not a token or the value holds CR, LF or NUL. */
    public static void requireHeader(String name, String value) {
        if (!isToken(name)) {
            throw new IllegalArgumentException("Invalid header name '" + name + "': it must be an HTTP token");
        }
        requireValue(name, value);
    }

    /** Returns {@code value}, or throws when it is null or holds CR, LF or NUL. */
    public static String requireValue(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("Header " + name + " must not be null");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                throw new IllegalArgumentException(
                        "Invalid value for header " + name + ": CR, LF and NUL are not allowed");
            }
        }
        return value;
    }
}
