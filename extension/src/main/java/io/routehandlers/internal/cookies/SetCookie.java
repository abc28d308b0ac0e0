package io.routehandlers.internal.cookies;

import io.routehandlers.CookieOptions;
import io.routehandlers.ResponseCookie;
import io.routehandlers.internal.http.UriComponents;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Serializes a cookie for {@code Set-Cookie}, byte-identical to Next.js: the encoded value, then
 * {@code Path} (default {@code /}), {@code Expires}, {@code Max-Age}, {@code Domain}, {@code Secure},
 * {@code HttpOnly}, {@code SameSite}, {@code Partitioned}, {@code Priority}, in that order.
 */
public final class SetCookie {

    /** JavaScript's {@code Date.toUTCString()}: {@code Thu, 01 Jan 1970 00:00:00 GMT}. */
    private static final DateTimeFormatter UTC_STRING = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private SetCookie() {}

    /** The header value of a cookie, with {@code now} for the {@code Expires} of a positive max-age. */
    public static String format(ResponseCookie cookie, Instant now) {
        CookieOptions o = cookie.options();
        StringBuilder out = new StringBuilder(cookie.name()).append('=').append(UriComponents.encode(cookie.value()));
        out.append("; Path=").append(o.path().orElse("/"));
        Instant expires = o.maxAge().isPresent() && o.maxAge().getAsLong() > 0
                ? now.plusSeconds(o.maxAge().getAsLong())
                : o.expires().orElse(null);
        if (expires != null) {
            out.append("; Expires=").append(UTC_STRING.format(expires));
        }
        o.maxAge().ifPresent(seconds -> out.append("; Max-Age=").append(seconds));
        o.domain().ifPresent(domain -> out.append("; Domain=").append(domain));
        if (o.secure()) {
            out.append("; Secure");
        }
        if (o.httpOnly()) {
            out.append("; HttpOnly");
        }
        o.sameSite().ifPresent(s -> out.append("; SameSite=").append(s.name().toLowerCase(Locale.ROOT)));
        if (o.partitioned()) {
            out.append("; Partitioned");
        }
        o.priority().ifPresent(p -> out.append("; Priority=").append(p.name().toLowerCase(Locale.ROOT)));
        return out.toString();
    }

    /** The name of the cookie a {@code Set-Cookie} value sets. */
    public static String name(String setCookie) {
        int eq = setCookie.indexOf('=');
        return (eq < 0 ? setCookie : setCookie.substring(0, eq)).strip();
    }
}
