package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.cache.DraftCookies;
import io.routehandlers.internal.cache.ResponseCache;
import io.routehandlers.internal.scan.RouteDefinition;

/**
 * The step of a cached route: its {@code GET} and {@code HEAD} are answered by the cache (S-8), which calls the handler
 * only to render; its other methods, and a WebSocket upgrade (whose handler is the socket's, S-17.1), go on to the
 * handler.
 */
final class CacheStep {

    private CacheStep() {}

    /** The cache before the handler's step; a request in draft mode goes past it to the handler (S-8.16). */
    static Step before(ResponseCache cache, Step handler) {
        return request -> {
            RouteDefinition route = request.route();
            if (!ResponseCache.caches(route, request.exchange().method())
                    || request.handler().socket()
                    || DraftCookies.active()) {
                handler.handle(request);
                return;
            }
            ResponseCache.Served served = cache.serve(route, request.params(), request.exchange());
            try {
                HandlerStep.send(request.exchange(), served.answer());
            } finally {
                served.callEnd().end();
            }
        };
    }
}
