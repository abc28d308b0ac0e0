package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.config.CorsPolicy;
import io.routehandlers.internal.config.GlobalSettings;
import io.routehandlers.internal.config.Versioning;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.http.Version;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The chain of steps of one route, built once when the pipeline starts, with only the steps the route uses, in this
 * order (after {@link DraftStep}, which the pipeline puts before every route's chain):
 * <ol>
 *   <li>where filters are selected for the route, the report of every answer to them ({@link OutcomeStep});
 *   <li>CORS, where the route has it: preflights are answered, every later answer gets the headers ({@link Cors});
 *   <li>the trailing-slash redirect ({@code 308}), unless the application keeps trailing slashes (S-1.6);
 *   <li>the handler's params, and {@code 404} for a split route's file without its extension (S-9.2);
 *   <li>the handler of the method, {@code 405} or the automatic {@code OPTIONS} answer (S-2.2, S-2.5), or the
 *       socket handler for a WebSocket upgrade ({@code 426} for a plain {@code GET} of a socket-only route, S-17.1);
 *       among handlers of one method told apart by version or media type, the one the request asks for
 *       ({@link Negotiation}: {@code 400}, {@code 415}, {@code 406}, S-18.1, S-18.2);
 *   <li>where the route has a socket handler, the upgrade's handshake and {@code Origin} ({@link SocketHandshake},
 *       S-17.2);
 *   <li>the caller's roles, where a handler of the route requires any ({@link Roles}, S-13.3);
 *   <li>the handler's rate limit ({@code 429}) and concurrency limit ({@code 503}), where it has any ({@link Limits},
 *       S-16.2, S-16.3);
 *   <li>the body's declared length ({@code 413}, S-3.7);
 *   <li>the application's route filters selected for the handler, in order ({@link FilterStep}, S-15.1);
 *   <li>the cache, for a cached route's {@code GET} and {@code HEAD} ({@link CacheStep}, S-8);
 *   <li>the handler ({@link HandlerStep}).
 * </ol>
 */
final class RouteChain {

    private RouteChain() {}

    /**
     * The chain of a route.
     *
     * @param route the route
     * @param settings the application's settings
     * @param supported the API versions the application supports: its handlers' and the configured ones (S-18.2)
     * @param roles the role check, shared by the routes
     * @param filters the route's filters, empty when none is selected for it
     * @param limiter counts requests against rate limits, shared by the routes
     * @param answer the last step: the cache and the handler, or the handler
     */
    static Step of(
            RouteDefinition route,
            GlobalSettings settings,
            Set<Version> supported,
            Roles roles,
            Filters filters,
            RateLimiter limiter,
            Step answer) {
        Step chain = answer;
        Map<Handler, AppliedFilter[]> filtering = filters.byHandler(AppliedFilter::filters);
        if (!filtering.isEmpty()) {
            chain = FilterStep.before(filtering, filters.invoker(), limiter, chain);
        }
        chain = bodyLimit(route.settings().maxBodySize(), chain);
        chain = Limits.concurrency(route, chain);
        chain = Limits.rate(route, limiter, chain);
        if (route.all().stream().anyMatch(handler -> handler.access().restricted())) {
            chain = roles.before(chain);
        }
        if (route.socket().isPresent()) {
            chain = SocketHandshake.before(route, chain);
        }
        chain = handler(route, settings.versioning(), supported, chain);
        chain = params(route, chain);
        if (!settings.trailingSlash()) {
            chain = trailingSlashRedirect(chain);
        }
        CorsPolicy cors = route.settings().cors();
        if (cors.enabled()) {
            chain = Cors.before(route, cors, chain);
        }
        Map<Handler, AppliedFilter[]> observing = filters.byHandler(AppliedFilter::observes);
        if (!observing.isEmpty()) {
            chain = OutcomeStep.before(AppliedFilter.only(filters.route(), AppliedFilter::observes), observing, chain);
        }
        return chain;
    }

    /**
     * The filters of a route, as the chain runs them.
     *
     * @param route those selected for the whole route, told of answers given before a handler was chosen
     * @param handlers those of each handler, in order; empty when no filter is selected for the route
     * @param invoker writes a filter's answer as a handler's
     */
    record Filters(AppliedFilter[] route, Map<Handler, AppliedFilter[]> handlers, HandlerInvoker invoker) {

        /**
         * The filters of each handler that pass a test; empty when none of any handler does (the step is left out).
         */
        Map<Handler, AppliedFilter[]> byHandler(Predicate<AppliedFilter> test) {
            Map<Handler, AppliedFilter[]> selected = new IdentityHashMap<>();
            boolean any = false;
            for (Map.Entry<Handler, AppliedFilter[]> entry : handlers.entrySet()) {
                AppliedFilter[] only = AppliedFilter.only(entry.getValue(), test);
                selected.put(entry.getKey(), only);
                any |= only.length > 0;
            }
            return any ? selected : Map.of();
        }
    }

    /** A path with a trailing slash is redirected to the path without it, with its query. */
    private static Step trailingSlashRedirect(Step next) {
        return request -> {
            if (!request.trailingSlash()) {
                next.handle(request);
                return;
            }
            Exchange exchange = request.exchange();
            String location = exchange.contextPath()
                    + request.path()
                    + exchange.query().map(q -> "?" + q).orElse("");
            exchange.send(Answer.empty(308).header("Location", location));
        };
    }

    /** Binds the handler's params; a split route's file without its extension is not found. */
    private static Step params(RouteDefinition route, Step next) {
        return request -> {
            List<Object> params = route.bind(request.matched());
            if (params == null) {
                request.exchange().send(Answer.empty(404));
                return;
            }
            request.params(params);
            next.handle(request);
        };
    }

    /**
     * Chooses the handler of the method, or the socket handler for a WebSocket upgrade; without one, {@code 405},
     * {@code 204} for {@code OPTIONS}, or {@code 426} for a plain {@code GET} of a route that only has a socket.
     */
    private static Step handler(RouteDefinition route, Versioning versioning, Set<Version> supported, Step next) {
        Handler socket = route.socket().orElse(null);
        Map<String, Negotiation> negotiations = new HashMap<>();
        route.variants().forEach((method, handlers) -> {
            Negotiation negotiation = Negotiation.of(method, handlers, versioning, supported);
            if (negotiation != null && !method.equals(Handler.SOCKET)) {
                negotiations.put(method, negotiation);
            }
        });
        if (!route.variants().containsKey("HEAD") && negotiations.containsKey("GET")) {
            negotiations.put("HEAD", negotiations.get("GET")); // HEAD runs the GET handlers (S-2.4)
        }
        return request -> {
            Exchange exchange = request.exchange();
            String method = exchange.method();
            Handler handler = socket != null && SocketHandshake.requested(exchange) ? socket : route.handlerFor(method);
            if (handler == null && socket != null && (method.equals("GET") || method.equals("HEAD"))) {
                // Connection: close, as Payara's Grizzly keeps a connection whose answer names an Upgrade open
                // without ending the answer: the client would wait for its keep-alive timeout.
                exchange.send(Answer.empty(426).header("Upgrade", "websocket").header("Connection", "close"));
                return;
            }
            if (handler == null) {
                exchange.send(Answer.empty(method.equals("OPTIONS") ? 204 : 405).header("Allow", route.allow()));
                return;
            }
            if (method.equals("QUERY")
                    && exchange.header("Content-Type").filter(t -> !t.isBlank()).isEmpty()) {
                // RFC 10008 2.1: a QUERY says what its content is; nothing may guess it.
                exchange.send(Answer.explained(400, "A QUERY request needs a Content-Type."));
                return;
            }
            Negotiation negotiation = handler == socket ? null : negotiations.get(method);
            if (negotiation != null) {
                Negotiation.Choice choice = negotiation.choose(exchange);
                if (choice.handler() == null) {
                    exchange.send(choice.refusal());
                    return;
                }
                if (!choice.headers().isEmpty()) {
                    request.exchange(Reshaping.adding(exchange, choice.headers()));
                }
                handler = choice.handler();
            }
            request.handler(handler);
            next.handle(request);
        };
    }

    /** A declared body longer than the route's limit is refused before anything reads it. */
    private static Step bodyLimit(long limit, Step next) {
        return request -> {
            Exchange exchange = request.exchange();
            if (exchange.contentLength().orElse(0) > limit) {
                exchange.send(Answer.empty(413).header("Connection", "close"));
                return;
            }
            next.handle(request);
        };
    }
}
