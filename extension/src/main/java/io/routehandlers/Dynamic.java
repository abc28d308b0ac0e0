package io.routehandlers;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code dynamic} option of {@link RouteConfig}: how a route's {@code GET} handler may use request data
 * (headers, cookies, search params) and whether its answers are cached.
 */
public enum Dynamic {

    /**
     * The default: cached only when {@code revalidate} or {@link StaticParams} asks for it. A cached route that
     * reads request data while rendering is served fresh each time and its answer is not stored, so no
     * per-user data enters the cache.
     */
    AUTO,

    /** Never cached; the handler runs for every request. */
    FORCE_DYNAMIC,

    /**
     * Cached; reading headers, cookies or search params fails the render with an error naming what was read.
     * A route without dynamic segments is rendered at startup, so such a read fails deployment.
     */
    ERROR,

    /**
     * Cached; the handler sees no headers, no cookies and no search params, and its {@link CookieStore} is
     * read-only.
     */
    FORCE_STATIC;

    /** The configuration value: {@code auto}, {@code force-dynamic}, {@code error} or {@code force-static}. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The mode named by a configuration value.
     *
     * @param value such as {@code force-static}
     * @return the mode, or empty when the value names none
     */
    public static Optional<Dynamic> fromConfigValue(String value) {
        for (Dynamic mode : values()) {
            if (mode.configValue().equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
