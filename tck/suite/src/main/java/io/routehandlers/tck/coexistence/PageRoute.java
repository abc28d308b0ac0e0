package io.routehandlers.tck.coexistence;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** A dynamic route beside static files in the same folder: the files win. */
@Route("/pages/[name]")
public class PageRoute {
    @GET
    public String get(@Param("name") String name) {
        return "route page " + name;
    }
}
