package io.routehandlers.internal.config;

import io.routehandlers.RateLimit;
import java.time.Duration;

/**
 * A rate limit as resolved (S-16.2): from a {@code @RateLimit}, a route's {@code rate-limit} key or a named limiter.
 *
 * @param name the count's name: handlers that share it share their counts (a route's class-wide limit), and the
 *     {@code RateLimit-Policy} header names it
 * @param requests how many requests a window allows
 * @param window the window's length, whole seconds from one second to one day
 * @param per whose requests one count holds
 */
public record RateLimitPolicy(String name, long requests, Duration window, RateLimit.Per per) {

    /** The longest window: the JCache store keeps counts for a day after their last change. */
    public static final Duration MAX_WINDOW = Duration.ofDays(1);
}
