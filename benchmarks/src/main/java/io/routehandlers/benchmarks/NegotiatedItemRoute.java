package io.routehandlers.benchmarks;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;

/** The same item in JSON and Markdown, chosen by Accept (S-18.1): the cost of negotiation, benchmarks/semantics.sh. */
@Route("/negotiated/items/[slug]")
public class NegotiatedItemRoute {
    @GET
    @Produces("application/json")
    public Item json(@Param("slug") String slug) {
        return new Item(slug, 5);
    }

    @GET
    @Produces("text/markdown")
    public String markdown(@Param("slug") String slug) {
        return "# " + slug + "\n\n5 in stock\n";
    }
}
