package io.routehandlers.internal.openapi;

import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.scan.RouteTable;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The route table of this application, for the OpenAPI reader and filter, which the server creates itself and calls
 * on threads where CDI may not find the application (WildFly's deployment thread, Payara's {@code /openapi}
 * request). The extension's jar is in the WAR, so each application has its own copy of this class.
 */
public final class DeployedRoutes {

    private static volatile RouteTable table;
    private static volatile UnaryOperator<String> naming = UnaryOperator.identity();

    private DeployedRoutes() {}

    /**
     * Publishes the application's routes once they were validated, and says once if the application named both a
     * model reader and a filter of its own, which leaves the extension's out of the document.
     */
    public static void publish(RouteTable routes, UnaryOperator<String> propertyNaming) {
        table = routes;
        naming = propertyNaming;
        if (!OpenApiConfigSource.openApiPresent()) {
            return;
        }
        try {
            Config config = ConfigProvider.getConfig();
            Optional<String> reader = config.getOptionalValue(OpenApiConfigSource.READER, String.class);
            Optional<String> filter = config.getOptionalValue(OpenApiConfigSource.FILTER, String.class);
            if (reader.isPresent()
                    && filter.isPresent()
                    && !reader.get().equals(OpenApiConfigSource.OWN_READER)
                    && !filter.get().equals(OpenApiConfigSource.OWN_FILTER)) {
                RuntimeMessages.openApiReaderAndFilter(reader.get(), filter.get());
            }
        } catch (RuntimeException | LinkageError e) {
            // No MicroProfile Config: nothing to check.
        }
    }

    /**
     * The naming of JSON properties routes write with, as the pipeline found it when it started: on servers whose
     * extension cannot see the application's resolvers while the deployment is validated (Payara), and which build the
     * document on request.
     */
    public static void naming(UnaryOperator<String> propertyNaming) {
        naming = propertyNaming;
    }

    /** The naming of JSON properties in the JSON-B routes write with (S-15.6). */
    static UnaryOperator<String> naming() {
        return naming;
    }

    /** The application's routes, once deployed. */
    static Optional<RouteTable> table() {
        return Optional.ofNullable(table);
    }
}
