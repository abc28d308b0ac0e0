package io.routehandlers.internal.cookies;

import io.routehandlers.RequestCookie;
import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.http.UriComponents;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code Cookie} request headers the way Next.js does: pairs split on {@code ;}, a pair without
 * {@code =} has the value {@code "true"}, values are URI-decoded, and a pair that cannot be decoded or has
 * no name is skipped. Never throws.
 */
public final class CookieHeader {

    private CookieHeader() {}

    /** The cookies of all {@code Cookie} headers of a request, in order. */
    public static List<RequestCookie> parse(List<String> headers) {
        List<RequestCookie> cookies = new ArrayList<>();
        for (String header : headers) {
            parseInto(header, cookies);
        }
        return List.copyOf(cookies);
    }

    /** The cookies of one header value, in order. */
    public static List<RequestCookie> parse(String header) {
        List<RequestCookie> cookies = new ArrayList<>();
        parseInto(header, cookies);
        return List.copyOf(cookies);
    }

    private static void parseInto(String header, List<RequestCookie> cookies) {
        if (header == null) {
            return;
        }
        for (String raw : header.split(";")) {
            String pair = raw.strip();
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (eq < 0) {
                cookies.add(new RequestCookie(name, "true"));
                continue;
            }
            try {
                cookies.add(new RequestCookie(name, PercentDecoding.decodePathSegment(pair.substring(eq + 1))));
            } catch (PercentDecoding.MalformedEscapeException e) {
                // Next.js skips a pair whose value decodeURIComponent rejects.
            }
        }
    }

    /** The {@code Cookie} header form of cookies: {@code a=1; b=two%20words}. */
    public static String format(List<RequestCookie> cookies) {
        StringBuilder out = new StringBuilder();
        for (RequestCookie cookie : cookies) {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(cookie.name()).append('=').append(UriComponents.encode(cookie.value()));
        }
        return out.toString();
    }
}
