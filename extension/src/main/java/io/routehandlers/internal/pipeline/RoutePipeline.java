package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.cache.ResponseCache;
import io.routehandlers.internal.config.CorsPolicy;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.http.DotSegments;
import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.scan.Access;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.scan.RouteTable;
import io.routehandlers.internal.tree.SegmentTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one path of a request, whatever the adapter (the servlet filter, the in-process tester): resolve dot-segments,
 * match the path (and tell the server's telemetry which route it is), answer what needs no handler (400 for a
 * malformed escape or a path above the root, the trailing-slash redirect, 405 and automatic {@code OPTIONS}, 404 for
 * a split route's file without its extension), check the caller's roles and the body's declared length, then answer
 * from the cache or call the handler, and send the answer: at once when it is ready, else when the handler's stage
 * completes, times out or the client leaves.
 */
@ApplicationScoped
public class RoutePipeline {

    @Inject
    RouteTable table;

    @Inject
    HandlerInvoker invoker;

    @Inject
    ResponseCache cache;

    private final Set<String> unauthenticatable = ConcurrentHashMap.newKeySet();
    private volatile Set<String> pages = Set.of();

    /** The URLs the application's own pages serve (static files, exact servlets), which dynamic routes leave alone. */
    public void pages(Set<String> urls) {
        this.pages = Set.copyOf(urls);
    }

    /**
     * Answers an exchange if a route matches its path.
     *
     * @return {@code false} when no route answers the path: the adapter passes the request on untouched
     */
    public boolean handle(Exchange exchange) throws IOException {
        // The exchange that answers: the adapter's, or the one that adds the route's CORS headers.
        AtomicReference<Exchange> answering = new AtomicReference<>(exchange);
        try {
            return route(exchange, answering);
        } catch (RuntimeException e) {
            RuntimeMessages.pipelineFailed(exchange.method(), exchange.path(), e);
            answering.get().sendFailure();
            return true;
        }
    }

    private boolean route(Exchange request, AtomicReference<Exchange> answering) throws IOException {
        Exchange exchange = request;
        String path = DotSegments.remove(exchange.path());
        if (path == null) {
            exchange.send(Answer.empty(400));
            return true;
        }
        String routePath = RouteTable.withoutTrailingSlash(path);
        boolean trailingSlash = routePath.length() != path.length();
        SegmentTree.Match<RouteDefinition> match;
        try {
            match = table.lookup(routePath);
        } catch (PercentDecoding.MalformedEscapeException e) {
            exchange.send(Answer.empty(400));
            return true;
        }
        // The WAR's own files and exact servlets win over dynamic routes, as public files do in Next.js. A match has
        // param values exactly when its route has dynamic segments.
        if (match == null || (!match.params().isEmpty() && (pages.contains(routePath) || pages.contains(path)))) {
            return false;
        }
        RouteDefinition route = match.value();
        exchange.routed(route.path().template());
        CorsPolicy cors = route.settings().cors();
        if (cors.enabled()) {
            // Before anything answers: a preflight is never redirected, and every answer of the route has the
            // headers. A declared @OPTIONS handler answers preflights itself.
            if (Cors.isPreflight(exchange) && !route.handlers().containsKey("OPTIONS")) {
                exchange.send(Cors.preflight(exchange, route, cors));
                return true;
            }
            exchange = new Cors.Answering(exchange, cors);
            answering.set(exchange);
        }
        if (trailingSlash && !table.settings().trailingSlash()) {
            String location = exchange.contextPath()
                    + routePath
                    + exchange.query().map(q -> "?" + q).orElse("");
            exchange.send(Answer.empty(308).header("Location", location));
            return true;
        }
        List<Object> params = route.bind(match.params());
        if (params == null) {
            exchange.send(Answer.empty(404)); // a file of a split route without its extension (S-9.2, S-9.5)
            return true;
        }
        String method = exchange.method();
        Handler handler = route.handlerFor(method);
        if (handler == null) {
            exchange.send(Answer.empty(method.equals("OPTIONS") ? 204 : 405).header("Allow", route.allow()));
            return true;
        }
        if (handler.access().restricted() && !authorized(exchange, route, handler)) {
            return true;
        }
        long limit = route.settings().maxBodySize();
        if (exchange.contentLength().orElse(0) > limit) {
            exchange.send(Answer.empty(413).header("Connection", "close"));
            return true;
        }
        if (ResponseCache.caches(route, method)) {
            ResponseCache.Served served = cache.serve(route, params, exchange);
            try {
                send(exchange, served.answer());
            } finally {
                served.callEnd().end();
            }
            return true;
        }
        respond(exchange, route, handler, invoker.invoke(route, handler, params, exchange, routePath));
        return true;
    }

    /**
     * Checks the caller against the handler's {@code @RolesAllowed} or {@code @DenyAll} (S-13.3), before the body is
     * read: a request without a caller gets the server's authentication challenge, a caller without a role
     * {@code 403}. Where the application has no authentication mechanism, a protected route answers {@code 401} and
     * says once in the log what to configure.
     *
     * @return whether the handler may run; otherwise the exchange was answered
     */
    private boolean authorized(Exchange exchange, RouteDefinition route, Handler handler) throws IOException {
        if (!(handler.access() instanceof Access.Roles roles)) {
            exchange.send(Answer.empty(403));
            return false;
        }
        if (exchange.user().isEmpty()) {
            Exchange.Authentication outcome = exchange.authenticate();
            if (outcome == Exchange.Authentication.CHALLENGED) {
                return false;
            }
            if (outcome == Exchange.Authentication.UNAVAILABLE
                    || exchange.user().isEmpty()) {
                if (unauthenticatable.add(route.path().declared())) {
                    RuntimeMessages.noAuthentication(route.path().declared(), handler.signature());
                }
                exchange.send(Answer.empty(401));
                return false;
            }
        }
        if (roles.roles().contains(Access.Roles.ANY_AUTHENTICATED)
                || roles.roles().stream().anyMatch(exchange::isUserInRole)) {
            return true;
        }
        exchange.send(Answer.empty(403));
        return false;
    }

    /**
     * Sends a call's answer: at once when the handler was synchronous or its stage is done; otherwise the exchange is
     * suspended until the stage completes, the route's async timeout passes (503, S-3.6) or the client leaves. The
     * timeout is the pipeline's own ({@link CompletableFuture#orTimeout}), the same on every server and in process.
     * Where the exchange cannot be suspended, this thread waits.
     */
    private void respond(Exchange exchange, RouteDefinition route, Handler handler, Invocation call)
            throws IOException {
        CompletableFuture<Answer> answer = call.answer();
        if (answer.isDone()) {
            try {
                send(exchange, answer.join());
            } finally {
                call.end();
            }
            return;
        }
        Duration timeout = route.settings().asyncTimeout();
        PendingAnswer pending = new PendingAnswer(exchange, route, handler, call);
        boolean suspended;
        try {
            suspended = exchange.suspend(pending);
        } catch (RuntimeException e) {
            call.cancel();
            call.end();
            throw e;
        }
        if (suspended) {
            if (!timeout.isZero()) {
                answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            answer.whenComplete(pending::settle);
            return;
        }
        try {
            pending.settle(
                    timeout.isZero() ? answer.get() : answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            pending.timedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.disconnected(e);
        } catch (ExecutionException e) {
            pending.settle(null, e.getCause());
        }
    }

    /** Sends an answer; a {@code HEAD} gets the status and headers of the {@code GET} answer and no body (S-2.4). */
    static void send(Exchange exchange, Answer answer) throws IOException {
        exchange.send(exchange.method().equals("HEAD") ? answer.withoutBody() : answer);
    }
}
