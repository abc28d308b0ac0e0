package io.routehandlers.internal.telemetry;

import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.problems.OptionalApi;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * What the server's telemetry learns about a routed request (S-13.2): its route, as a template, and when its answer
 * is complete. The extension does not need the OpenTelemetry API: without it, or without MicroProfile Telemetry's
 * {@code OpenTelemetry} bean, {@link #NONE} observes nothing and the API's classes are never loaded ({@link
 * OpenTelemetryRoutes} is only created by name).
 */
public interface RouteTelemetry {

    /** No telemetry: the server has no MicroProfile Telemetry. */
    RouteTelemetry NONE = (exchange, route) -> Observation.NONE;

    /**
     * A request matched a route. Called on the request's thread, before the route answers.
     *
     * @param exchange the request
     * @param route the route's template under the application's context root, such as {@code /shop/items/{slug}}
     * @return the request's observation, which the adapter ends
     */
    Observation routed(Exchange exchange, String route);

    /** One routed request, as the adapter reports it. */
    interface Observation {

        /** Nothing to report. */
        Observation NONE = new Observation() {
            @Override
            public void detach() {}

            @Override
            public void end(int status) {}
        };

        /** The request's thread leaves the request: what was made current there for the route stops being so. */
        void detach();

        /**
         * The answer is complete: its status is final. Called once, from any thread, after {@link #detach()} when
         * the request's thread returned first.
         *
         * @param status the answer's status code
         */
        void end(int status);
    }

    /** OpenTelemetry when the application sees its API and MicroProfile Telemetry's bean, else {@link #NONE}. */
    static RouteTelemetry find(BeanManager beans) {
        // The API is visible, but no OpenTelemetry bean could be had (the API was packaged into the WAR, or
        // MicroProfile Telemetry is off): routes are not in traces, which the operator should know once.
        return OptionalApi.create(
                RouteTelemetry.class,
                "OpenTelemetryRoutes",
                beans,
                NONE,
                cause -> RuntimeMessages.noTelemetry(cause),
                "io.opentelemetry.api.OpenTelemetry",
                "io.opentelemetry.context.Context");
    }
}
