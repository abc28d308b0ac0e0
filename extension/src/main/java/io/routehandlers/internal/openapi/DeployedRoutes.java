package io.routehandlers.internal.openapi;

import io.routehandlers.internal.scan.RouteTable;
import java.util.Optional;

/**
 * The route table of this application, for the OpenAPI reader and filter, which the server creates itself and calls
 * on threads where CDI may not find the application (WildFly's deployment thread, Payara's {@code /openapi}
 * request). The extension's jar is in the WAR, so each application has its own copy of this class.
 */
public final class DeployedRoutes {

    private static volatile RouteTable table;

    private DeployedRoutes() {}

    /** Publishes the application's routes once they were validated. */
    public static void publish(RouteTable routes) {
        table = routes;
    }

    /** The application's routes, once deployed. */
    static Optional<RouteTable> table() {
        return Optional.ofNullable(table);
    }
}
