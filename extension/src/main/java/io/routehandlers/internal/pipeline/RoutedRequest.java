package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.util.List;

/**
 * A request that matched a route, on its way through the route's steps. The steps fill in what they find: the
 * handler's params, the handler, and the exchange the answer goes to (a step that adds headers to every answer wraps
 * it).
 */
final class RoutedRequest {

    private final RouteDefinition route;
    private final String path;
    private final boolean trailingSlash;
    private final List<Object> matched;
    private Exchange exchange;
    private List<Object> params;
    private Handler handler;

    /**
     * A request of a route.
     *
     * @param exchange the request
     * @param route the route it matched
     * @param path the path below the context root, without its trailing slash
     * @param trailingSlash whether the request's path had one
     * @param matched the values of the route's dynamic segments
     */
    RoutedRequest(Exchange exchange, RouteDefinition route, String path, boolean trailingSlash, List<Object> matched) {
        this.exchange = exchange;
        this.route = route;
        this.path = path;
        this.trailingSlash = trailingSlash;
        this.matched = matched;
    }

    RouteDefinition route() {
        return route;
    }

    /** The path below the context root, without its trailing slash: the path the route matched. */
    String path() {
        return path;
    }

    boolean trailingSlash() {
        return trailingSlash;
    }

    /** The values of the route's dynamic segments, as matched. */
    List<Object> matched() {
        return matched;
    }

    /** The exchange answers go to: the adapter's, or a step's wrapper of it. */
    Exchange exchange() {
        return exchange;
    }

    /** Sends later answers through a wrapper of the exchange. */
    void exchange(Exchange wrapped) {
        this.exchange = wrapped;
    }

    /** The handler's params, once bound. */
    List<Object> params() {
        return params;
    }

    void params(List<Object> bound) {
        this.params = bound;
    }

    /** The handler of the request's method, once chosen. */
    Handler handler() {
        return handler;
    }

    void handler(Handler chosen) {
        this.handler = chosen;
    }
}
