package io.routehandlers.benchmarks;

import io.routehandlers.ApiVersion;
import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** The item in versions 1 and 2+, chosen by API-Version (S-18.2): the cost of versions, benchmarks/semantics.sh. */
@Route("/versioned/items/[slug]")
public class VersionedItemRoute {
    @GET
    @ApiVersion("1")
    public String v1(@Param("slug") String slug) {
        return "{\"name\":\"" + slug + "\"}";
    }

    @GET
    @ApiVersion("2+")
    public Item since2(@Param("slug") String slug) {
        return new Item(slug, 5);
    }
}
