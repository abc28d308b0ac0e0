package io.routehandlers;

import java.time.Duration;

/**
 * An answer of a route as a {@link RouteFilter} is told of it once it was sent.
 *
 * @param method the request method
 * @param route the route's path as declared, such as {@code /items/[slug]}
 * @param pathname the request's path below the context root
 * @param status the status sent
 * @param duration from the match to the end of the answer (of its stream, for a streamed answer)
 */
public record RouteOutcome(String method, String route, String pathname, int status, Duration duration) {}
