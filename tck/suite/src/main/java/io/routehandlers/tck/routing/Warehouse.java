package io.routehandlers.tck.routing;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.List;

@Route("/shelf/[...rest]")
public class Warehouse {
    @GET
    public String get(@Param("rest") List<String> rest) {
        return "warehouse " + rest;
    }
}
