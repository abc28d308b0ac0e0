package io.routehandlers.internal.dispatch;

import io.routehandlers.internal.scan.RouteDefinition;
import java.util.List;

/**
 * What the filter learned about a request before forwarding it: the route, its params and the request
 * line as the client sent it (a forward replaces the request's own path).
 *
 * @param route the matched route
 * @param params the param values in path order
 * @param pathname the raw path below the context root
 * @param requestUri the raw request URI, context root included
 * @param queryString the raw query string, or {@code null}
 */
public record RouteExchange(
        RouteDefinition route, List<Object> params, String pathname, String requestUri, String queryString) {

    /** The request attribute that carries the exchange from the filter to the resource. */
    public static final String ATTRIBUTE = RouteExchange.class.getName();
}
