package io.routehandlers.internal.config;

import java.time.Duration;

/**
 * The limits of a route's WebSockets (S-17.4), resolved once at deployment: the route's
 * {@code routehandlers.route.<path>.socket.*} keys, else {@code @Socket}'s attributes, else the application's
 * {@code routehandlers.socket.*}, else the defaults.
 *
 * @param maxMessageSize the largest message accepted, in bytes; larger closes with {@code 1009}
 * @param idleTimeout how long a socket may go without a message either way, {@link Duration#ZERO} for no limit
 * @param maxQueued how many bytes may wait to be sent before the socket closes with {@code 1013}
 */
public record SocketPolicy(long maxMessageSize, Duration idleTimeout, long maxQueued) {

    /** 1 MiB messages, 5 minutes idle, 1 MiB queued. */
    public static final SocketPolicy DEFAULT = new SocketPolicy(1 << 20, Duration.ofMinutes(5), 1 << 20);
}
