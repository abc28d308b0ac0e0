package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.util.List;

/**
 * One call of a handler: the matched route, its handler and param values, and the request view the handler sees.
 *
 * @param definition the route
 * @param handler the handler that answers the request's method
 * @param params the param values in path order
 * @param request the request view
 * @param caller who answers, for messages: {@code handler com.acme.Items#get(String)}, or a filter before it
 */
record Call(
        RouteDefinition definition, Handler handler, List<Object> params, ExchangeRouteRequest request, String caller) {

    /** A call of the handler itself. */
    Call(RouteDefinition definition, Handler handler, List<Object> params, ExchangeRouteRequest request) {
        this(definition, handler, params, request, "handler " + handler.signature());
    }

    /** The route's declared path, for messages. */
    String route() {
        return definition.path().declared();
    }
}
