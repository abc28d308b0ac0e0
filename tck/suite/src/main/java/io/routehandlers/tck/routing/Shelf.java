package io.routehandlers.tck.routing;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

@Route("/shelf/top")
public class Shelf {
    @GET
    public String get() {
        return "top shelf";
    }
}
