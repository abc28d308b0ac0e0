package io.routehandlers.tck.semantics;

import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;

/** A cached route with two representations: each has an entry of its own (S-18.1), rendered at startup. */
@Route("/semantics/catalog")
@RouteConfig(dynamic = Dynamic.FORCE_STATIC)
public class Catalog {

    @Inject
    Counter counter;

    @GET
    @Produces("application/json")
    public String json() {
        return "{\"render\":" + counter.next("catalog-json") + "}";
    }

    @GET
    @Produces("text/html")
    public String html() {
        return "<p>render " + counter.next("catalog-html") + "</p>";
    }
}
