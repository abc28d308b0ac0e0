package io.routehandlers.tck.openapi;

import io.routehandlers.ApiVersion;
import io.routehandlers.Param;
import io.routehandlers.QUERY;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import java.util.List;

/** S-18.1 to S-18.3 in the document: a label in two representations, two versions, and a QUERY left out. */
@Route("/labels/[slug]")
public class Labels {

    @GET
    @Produces("application/json")
    @ApiVersion("1")
    public Shelf.Item json(@Param("slug") String slug) {
        return new Shelf.Item(slug, 1, List.of());
    }

    @GET
    @Produces("text/markdown")
    @ApiVersion("1")
    public String markdown(@Param("slug") String slug) {
        return "# " + slug;
    }

    @GET
    @Produces("application/json")
    @ApiVersion("2+")
    public Shelf.Item since2(@Param("slug") String slug) {
        return new Shelf.Item(slug, 2, List.of());
    }

    @QUERY
    public String query(@Param("slug") String slug, RouteRequest request) {
        return slug + " " + request.text();
    }
}
