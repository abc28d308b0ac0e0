package io.routehandlers.tck.caching;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** A route without {@code @RouteConfig}, cached only through configuration in {@link ConfiguredRouteTest}. */
@Route("/motd")
public class Motd {

    @GET
    public String get() {
        return "message of the day";
    }
}
