package io.routehandlers.tck.routing;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

@Route("/")
public class Root {
    @GET
    public String get() {
        return "root";
    }
}
