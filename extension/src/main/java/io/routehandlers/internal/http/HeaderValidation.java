package io.routehandlers.internal.http;

import java.util.BitSet;

/**
 * The last check before a header reaches the wire, for headers that did not come through the public API's own
 * checks (a Jakarta REST {@code Response} a handler returned): a name must be a token, a value only visible ASCII,
 * space and tab (S-4.5).
 */
public final class HeaderValidation {

    private static final BitSet TOKEN = new BitSet(128);
    private static final BitSet VALUE = new BitSet(128);

    static {
        TOKEN.set(0x21, 0x7f);
        "\"(),/:;<=>?@[\\]{}".chars().forEach(TOKEN::clear);
        VALUE.set(0x20, 0x7f);
        VALUE.set('\t');
    }

    private HeaderValidation() {}

    /** Whether a header name is an RFC 9110 token. */
    public static boolean isToken(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c < 128 && TOKEN.get(c));
    }

    /** Whether a header value may be written as it is. */
    public static boolean isSafeValue(String value) {
        return value.chars().allMatch(c -> c < 128 && VALUE.get(c));
    }
}
