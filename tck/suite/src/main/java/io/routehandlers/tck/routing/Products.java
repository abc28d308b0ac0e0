package io.routehandlers.tck.routing;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

@Route("/products")
public class Products {
    @GET
    public String list() {
        return "all products";
    }
}
