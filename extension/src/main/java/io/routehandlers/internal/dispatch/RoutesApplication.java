package io.routehandlers.internal.dispatch;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The Jakarta REST application that runs handlers. It lives at a private path, which no route can take
 * ({@code _} segments are not routable); the {@link RouteFilter} forwards matched requests to it, so
 * routes answer at their own URLs whatever {@code @ApplicationPath} the WAR's own application has.
 */
@ApplicationPath(RoutesApplication.PATH)
public class RoutesApplication extends Application {

    /** Where the application is mapped. */
    static final String PATH = "/_routehandlers";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(RouteResource.class);
    }

    /**
     * Answers are written as they are: an error status with no body stays empty (S-3.5). Jersey (GlassFish,
     * Payara) otherwise calls {@code sendError}, which makes the server write its HTML error page. Other
     * implementations ignore the key.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
