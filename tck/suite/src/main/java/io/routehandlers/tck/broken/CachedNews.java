package io.routehandlers.tck.broken;

import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;

/** A valid cached route, deployed with broken configuration. */
@Route("/news/[id]")
@RouteConfig(revalidate = 60)
public class CachedNews {

    @GET
    public String get() {
        return "news";
    }
}
