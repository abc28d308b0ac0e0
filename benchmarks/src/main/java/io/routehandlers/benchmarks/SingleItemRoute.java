package io.routehandlers.benchmarks;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** The generated routes' shape with one handler: the base line of benchmarks/semantics.sh. */
@Route("/single/items/[slug]")
public class SingleItemRoute {
    @GET
    public Item get(@Param("slug") String slug) {
        return new Item(slug, 5);
    }
}
