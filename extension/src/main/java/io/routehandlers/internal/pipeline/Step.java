package io.routehandlers.internal.pipeline;

import java.io.IOException;

/**
 * One step of a route's chain ({@link RouteChain}): it answers the request itself, or passes it on to the step it was
 * built with. Steps are built when the pipeline starts, for one route or shared by all, and hold no state of a
 * request: that is the {@link RoutedRequest}'s.
 */
@FunctionalInterface
interface Step {

    /** Answers the request, or passes it on. */
    void handle(RoutedRequest request) throws IOException;
}
