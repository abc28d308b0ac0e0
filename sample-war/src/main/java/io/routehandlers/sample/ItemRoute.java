package io.routehandlers.sample;

import static io.routehandlers.Navigation.notFound;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteContext;
import io.routehandlers.RouteResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;

/** {@code /api/items/[slug]}: one item, read with a typed params record or a {@code @Param}. */
@Route("/api/items/[slug]")
public class ItemRoute {

    /** The params of this route. */
    public record ItemParams(String slug) {}

    @Inject
    Catalogue catalogue;

    @GET
    public Item get(RouteContext<ItemParams> ctx) {
        return catalogue.find(ctx.params().slug()).orElseThrow(() -> notFound());
    }

    @DELETE
    public RouteResponse delete(@Param("slug") String slug) {
        catalogue.remove(slug).orElseThrow(() -> notFound());
        return RouteResponse.status(204);
    }
}
