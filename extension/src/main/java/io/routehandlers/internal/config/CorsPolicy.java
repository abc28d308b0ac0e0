package io.routehandlers.internal.config;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A route's CORS configuration (S-13.4), resolved once at deployment from {@code routehandlers.cors.*} and
 * {@code routehandlers.route.<path>.cors.*}. A policy without origins is off: the route answers as if CORS did not
 * exist.
 *
 * @param origins the allowed origins as configured: exact ones such as {@code https://shop.example}, {@code *}
 * @param patterns the allowed origins given as regular expressions ({@code /https://.*\.shop\.example/})
 * @param headers the request headers a preflight may ask for, lower case; {@code *} for any
 * @param exposedHeaders the answer headers scripts may read
 * @param maxAge how many seconds a browser may keep a preflight's answer
 * @param allowCredentials whether requests with cookies or authorization may read the answer
 */
public record CorsPolicy(
        List<String> origins,
        List<Pattern> patterns,
        List<String> headers,
        List<String> exposedHeaders,
        long maxAge,
        boolean allowCredentials) {

    /** No CORS. */
    public static final CorsPolicy OFF = new CorsPolicy(List.of(), List.of(), List.of(), List.of(), 1800, false);

    public CorsPolicy {
        origins = List.copyOf(origins);
        patterns = List.copyOf(patterns);
        headers = headers.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        exposedHeaders = List.copyOf(exposedHeaders);
    }

    /** Whether CORS is on for the route. */
    public boolean enabled() {
        return !origins.isEmpty() || !patterns.isEmpty();
    }

    /** Whether an {@code Origin} may read the route's answers. */
    public boolean allows(String origin) {
        return origins.contains("*") || allowsNamed(origin);
    }

    /** Whether an {@code Origin} is one the policy names, exactly or by a pattern: {@code *} is no name. */
    public boolean allowsNamed(String origin) {
        if (origins.contains(origin)) {
            return true;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(origin).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a preflight may ask for a request header. */
    public boolean allowsHeader(String name) {
        return headers.contains("*") || headers.contains(name.toLowerCase(Locale.ROOT));
    }
}
