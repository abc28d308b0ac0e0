package io.routehandlers.tck.coexistence;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

@Route("/catalog")
public class Catalog {
    @GET
    public String get() {
        return "route catalog";
    }
}
