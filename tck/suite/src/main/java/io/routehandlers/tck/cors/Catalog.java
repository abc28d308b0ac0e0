package io.routehandlers.tck.cors;

import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;

/** A cached route: CORS headers are added after the cache and never stored. */
@Route("/catalog")
@RouteConfig(dynamic = Dynamic.FORCE_STATIC)
public class Catalog {
    @GET
    public String get() {
        return "catalog";
    }
}
