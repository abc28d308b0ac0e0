package io.routehandlers.tck.fuzz;

import io.routehandlers.CookieStore;
import io.routehandlers.FormData;
import io.routehandlers.Navigation;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteCache;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.util.List;
import java.util.Map;

/** A route that reads every kind of request data the way handlers do, for the fuzz test to throw garbage at. */
@Route("/parcels/[id]")
public class Parcels {

    @Inject
    CookieStore cookies;

    @Inject
    RouteCache cache;

    @GET
    public Map<String, Object> get(RouteRequest request, @Param("id") String id) {
        return Map.of(
                "id", id,
                "query", request.searchParams().keys().size(),
                "cookies", cookies.getAll().size(),
                "headers", request.headers().keys().size());
    }

    @POST
    public Map<String, Object> post(RouteRequest request, @Param("id") String id) {
        Map<?, ?> parcel = request.json(Map.class);
        return Map.of("id", id, "fields", parcel.size());
    }

    @PUT
    public Map<String, Object> put(RouteRequest request) {
        FormData form = request.formData();
        return Map.of("fields", form.keys().size());
    }

    @DELETE
    public RouteResponse delete(RouteRequest request, @Param("id") String id) {
        cache.revalidatePath("/parcels/" + id);
        cache.revalidatePath(request.searchParams().get("path").orElse("/parcels"));
        return RouteResponse.text(request.text().length() + " bytes");
    }

    /** Redirects to whatever path follows, as a moved-page route does. */
    @Route("/forward/[...path]")
    public static class Forward {
        @GET
        public RouteResponse get(@Param("path") List<String> path) {
            throw Navigation.permanentRedirect("/parcels/" + String.join("/", path));
        }
    }
}
