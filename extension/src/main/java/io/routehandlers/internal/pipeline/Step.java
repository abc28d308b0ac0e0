package io.routehandlers.internal.pipeline;

import java.io.IOException;

/**
 * One step of a route's chain ({@link RouteChain}): it answers the request itself, or passes it on to the step it was
 * built with. Steps are built once per route at deployment and hold no state of a request.
 */
@FunctionalInterface
interface Step {

    /** Answers the request, or passes it on. */
    void handle(RoutedRequest request) throws IOException;
}
