package io.routehandlers;

import java.util.Objects;

/**
 * A cookie to send with {@code Set-Cookie}.
 *
 * @param name an RFC 6265 token
 * @param value the value, sent URI-encoded; no CR, LF or {@code ;}
 * @param options the attributes
 */
public record ResponseCookie(String name, String value, CookieOptions options) {

    /**
     * Checks the cookie.
     *
     * @throws IllegalArgumentException when the name is not a token, or the value holds CR, LF or {@code ;}
     */
    public ResponseCookie {
        HttpSyntax.requireCookieName(name);
        HttpSyntax.requireCookieValue(name, value);
        Objects.requireNonNull(options, "options");
    }

    /**
     * A cookie with default options ({@code Path=/}).
     *
     * @param name the name
     * @param value the value
     */
    public ResponseCookie(String name, String value) {
        this(name, value, CookieOptions.defaults());
    }
}
