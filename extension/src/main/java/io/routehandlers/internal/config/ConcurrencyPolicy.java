package io.routehandlers.internal.config;

import java.time.Duration;

/**
 * A concurrency limit as resolved (S-16.3), from a {@code @ConcurrencyLimit} or a route's {@code concurrency-limit}
 * keys.
 *
 * @param name the limit's name: handlers that share it share their places (a route's class-wide limit)
 * @param limit how many requests may be in flight at once
 * @param queue how many may wait for a place
 * @param maxWait how long one waits at most
 */
public record ConcurrencyPolicy(String name, int limit, int queue, Duration maxWait) {}
