package io.routehandlers.tck.coexistence;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** A dynamic route over the path of the WAR's own Jakarta REST application: its literal resources win. */
@Route("/api/[name]")
public class ApiRoute {
    @GET
    public String get(@Param("name") String name) {
        return "route api " + name;
    }
}
