package io.routehandlers.internal.pipeline;

import io.routehandlers.RouteFilter;
import io.routehandlers.RouteOutcome;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.scan.Handler;
import java.time.Duration;
import java.util.Map;

/**
 * The first step of a route with filters: every answer of the request, whichever step gives it, is reported to the
 * filters' {@link RouteFilter#completed} once it was sent (a stream's once it ended), S-15.1. The filters told are the
 * handler's, or for an answer given before a handler was chosen ({@code 405}, a preflight), the route's.
 */
final class OutcomeStep {

    private OutcomeStep() {}

    /**
     * The reporting step before a step.
     *
     * @param route the filters selected for the whole route
     * @param handlers the filters of each handler
     */
    static Step before(AppliedFilter[] route, Map<Handler, AppliedFilter[]> handlers, Step next) {
        return request -> {
            request.exchange(new Reported(request.exchange(), request, route, handlers));
            next.handle(request);
        };
    }

    /** An exchange that reports its answer once it is out. */
    private static final class Reported extends Ending {

        private final long start = System.nanoTime();
        private final RoutedRequest request;
        private final AppliedFilter[] route;
        private final Map<Handler, AppliedFilter[]> handlers;

        Reported(
                Exchange exchange,
                RoutedRequest request,
                AppliedFilter[] route,
                Map<Handler, AppliedFilter[]> handlers) {
            super(exchange);
            this.request = request;
            this.route = route;
            this.handlers = handlers;
        }

        @Override
        protected void answered(int status) {
            Handler handler = request.handler();
            AppliedFilter[] filters = handler == null ? route : handlers.getOrDefault(handler, route);
            RouteOutcome outcome = new RouteOutcome(
                    exchange.method(),
                    request.route().path().declared(),
                    request.path(),
                    status,
                    Duration.ofNanos(System.nanoTime() - start));
            for (AppliedFilter applied : filters) {
                try {
                    applied.filter().completed(outcome);
                } catch (RuntimeException | Error e) {
                    RuntimeMessages.filterCompletionFailed(
                            outcome.route(), applied.type().getName(), e);
                }
            }
        }
    }
}
