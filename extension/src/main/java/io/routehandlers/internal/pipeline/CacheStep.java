package io.routehandlers.internal.pipeline;

import io.routehandlers.BodyTooLargeException;
import io.routehandlers.internal.cache.DraftCookies;
import io.routehandlers.internal.cache.ResponseCache;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.exchange.ForwardingExchange;
import io.routehandlers.internal.http.LimitedInputStream;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * The step of a cached route: its {@code GET}, {@code HEAD} and {@code QUERY} are answered by the cache (S-8, S-18.4),
 * which calls the handler only to render; its other methods, and a WebSocket upgrade (whose handler is the socket's,
 * S-17.1), go on to the handler. A {@code QUERY}'s body is read first, under the route's limit ({@code 413}): it is
 * part of the answer's key, and the handler reads it from memory.
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
            byte[] body = null;
            if (request.exchange().method().equals("QUERY")) {
                try (InputStream in = new LimitedInputStream(
                        request.exchange().body(), route.settings().maxBodySize())) {
                    body = in.readAllBytes();
                } catch (BodyTooLargeException e) {
                    request.exchange().send(Answer.empty(413).header("Connection", "close"));
                    return;
                }
                request.exchange(new ReadBody(request.exchange(), body));
            }
            // A route's own HEAD handler does not render: HEAD is served from the GET entry (S-8.1).
            Handler rendering =
                    request.handler().httpMethod().equals("HEAD") ? route.handlerFor("GET") : request.handler();
            if (rendering == null) {
                handler.handle(request);
                return;
            }
            ResponseCache.Served served = cache.serve(route, rendering, request.params(), request.exchange(), body);
            try {
                HandlerStep.send(request.exchange(), served.answer());
            } finally {
                served.callEnd().end();
            }
        };
    }

    /** An exchange whose body was read: the handler reads it again from memory. */
    private static final class ReadBody extends ForwardingExchange {
        private final byte[] body;

        ReadBody(Exchange exchange, byte[] body) {
            super(exchange);
            this.body = body;
        }

        @Override
        public InputStream body() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public OptionalLong contentLength() {
            return OptionalLong.of(body.length);
        }
    }
}
