package io.routehandlers.tck.shared;

import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;

/** The timetable, rendered once at startup and served from the cache. */
@Route("/timetable")
@RouteConfig(dynamic = Dynamic.FORCE_STATIC)
public class Timetable {
    @GET
    public String get() {
        return "08:00 opens";
    }
}
