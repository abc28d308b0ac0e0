package io.routehandlers.tck.caching;

import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;

/** A force-static route that sets its own Cache-Control. */
@Route("/feed")
@RouteConfig(dynamic = Dynamic.FORCE_STATIC)
public class Feed {

    @GET
    public RouteResponse get() {
        return RouteResponse.text("feed").header("Cache-Control", "public, max-age=10");
    }
}
