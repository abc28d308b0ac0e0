package io.routehandlers.sample;

import io.routehandlers.BadRequestException;
import io.routehandlers.Route;
import io.routehandlers.RouteCache;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import java.util.Map;

/**
 * {@code POST /api/revalidate?tag=products} or {@code ?path=/api/products/lamp}: on-demand revalidation, for admins
 * only ({@code curl -u ada:ada-secret}; the users are in {@code src/main/liberty/config/server.xml}).
 */
@Route("/api/revalidate")
@RolesAllowed("admin")
public class RevalidateRoute {

    @Inject
    RouteCache cache;

    @POST
    public RouteResponse post(RouteRequest request) {
        var params = request.searchParams();
        if (!params.has("tag") && !params.has("path")) {
            return RouteResponse.json(Map.of("error", "give ?tag= or ?path="), 400);
        }
        params.get("tag").ifPresent(cache::revalidateTag);
        try {
            params.get("path").ifPresent(cache::revalidatePath);
        } catch (BadRequestException e) {
            return RouteResponse.json(Map.of("error", "?path= is not a valid URL path"), 400);
        }
        return RouteResponse.json(Map.of("revalidated", true, "now", System.currentTimeMillis()));
    }
}
