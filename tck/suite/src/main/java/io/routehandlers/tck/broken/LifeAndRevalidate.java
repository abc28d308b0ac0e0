package io.routehandlers.tck.broken;

import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;

/** A route that names a life profile and a revalidate time. */
@Route("/broken/life")
@RouteConfig(life = "hours", revalidate = 60)
public class LifeAndRevalidate {
    @GET
    public String get() {
        return "life";
    }
}
