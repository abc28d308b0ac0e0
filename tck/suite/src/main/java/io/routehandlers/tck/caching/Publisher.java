package io.routehandlers.tck.caching;

import io.routehandlers.Route;
import io.routehandlers.RouteCache;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;

/** Revalidates on demand: {@code ?tag=} or {@code ?path=}. */
@Route("/publish")
public class Publisher {

    @Inject
    RouteCache cache;

    @POST
    public RouteResponse post(RouteRequest request) {
        request.searchParams().get("tag").ifPresent(cache::revalidateTag);
        request.searchParams().get("path").ifPresent(cache::revalidatePath);
        return RouteResponse.status(204);
    }
}
