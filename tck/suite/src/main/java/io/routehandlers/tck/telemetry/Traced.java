package io.routehandlers.tck.telemetry;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** S-13.2: a dynamic route, whose requests the server's telemetry names by its template. */
@Route("/items/[slug]")
public class Traced {

    @GET
    public String get(@Param("slug") String slug) {
        return "item " + slug;
    }
}
