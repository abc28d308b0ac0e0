package io.routehandlers.tck.routing;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

@Route("/products/new")
public class NewProduct {
    @GET
    public String get() {
        return "new product form";
    }
}
