package io.routehandlers.internal.cache;

import io.routehandlers.internal.call.CallEnd;
import io.routehandlers.internal.call.RequestGuard;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.util.List;
import java.util.Optional;

/** Renders an answer of a cached route for the cache: what the pipeline's handler invoker does. */
public interface RouteRenderer {

    /**
     * Renders one path of a route under a guard, waiting for an async handler (up to the route's timeout). The
     * request context must be active.
     *
     * @param route the route
     * @param handler the handler that renders: the route's {@code GET} handler, one of its variants (S-18.1), or its
     *     {@code QUERY} handler (S-18.4)
     * @param params its param values in path order
     * @param pathname the canonical path below the context root (the cache key)
     * @param contextPath the application's context root
     * @param guard what reads of request data do during the render
     * @param exchange the client's request, or empty at startup and in background regenerations
     * @return the answer, and the render's call end, to run once that answer was sent (or dropped)
     */
    Rendered render(
            RouteDefinition route,
            Handler handler,
            List<Object> params,
            String pathname,
            String contextPath,
            RequestGuard guard,
            Optional<Exchange> exchange);

    /**
     * A render's answer and the end of its call: end it after the answer was sent to the client that asked for it, or
     * right away when no client will get it.
     *
     * @param answer the complete answer (or a streamed one, which the cache never stores)
     * @param callEnd the end of the render's call
     */
    record Rendered(Answer answer, CallEnd callEnd) {}
}
