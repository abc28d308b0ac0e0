package io.routehandlers.benchmarks;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** The generated routes' shape below /filtered, where {@link NoOpFilter} runs: the cost of one filter. */
@Route("/filtered/items/[slug]")
public class FilteredItemRoute {
    @GET
    public Item get(@Param("slug") String slug) {
        return new Item(slug, 5);
    }
}
