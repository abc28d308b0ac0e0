package io.routehandlers.tck.log;

import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;

/** A static route, force-static. */
@Route("/almanac")
@RouteConfig(dynamic = Dynamic.FORCE_STATIC)
public class Almanac {
    @GET
    public String get() {
        return "almanac";
    }
}
