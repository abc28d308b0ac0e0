package io.routehandlers.tck.routing;

import io.routehandlers.Route;
import io.routehandlers.RouteContext;
import jakarta.ws.rs.GET;

@Route("/products/[slug]")
public class Product {

    public record ProductParams(String slug) {}

    @GET
    public String get(RouteContext<ProductParams> ctx) {
        return "product " + ctx.params().slug();
    }
}
