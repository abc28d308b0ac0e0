package io.routehandlers.tck.openapi;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.List;

/** S-13.1: a dynamic route answering a record. */
@Route("/items/[slug]")
public class Shelf {

    /** What the route answers. */
    public record Item(String slug, int stock, List<String> tags) {}

    @GET
    public Item get(@Param("slug") String slug) {
        return new Item(slug, 3, List.of("new"));
    }
}
