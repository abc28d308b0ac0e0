package io.routehandlers.tck.broken;

import io.routehandlers.FilterPaths;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import java.util.List;

/**
 * A filter for /api/admin and below, beside a route that serves all of /api: the filter would silently miss
 * /api/admin/users, which the catch-all answers (RH-050).
 */
@ApplicationScoped
@FilterPaths("/api/admin/[[...all]]")
public class PartialFilter implements RouteFilter {

    /** The route that serves /api/admin/users too. */
    @Route("/api/[...rest]")
    public static class Everything {
        @GET
        public String get(@Param("rest") List<String> rest) {
            return String.join("/", rest);
        }
    }
}
