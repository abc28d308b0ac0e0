package io.routehandlers.sample;

import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.util.List;

/**
 * {@code /api/catalogue}: the same list as {@code GET /api/items}, force-static. The pair is what
 * {@code bench/cached-vs-uncached.sh} compares.
 */
@Route("/api/catalogue")
@RouteConfig(dynamic = Dynamic.FORCE_STATIC)
public class CatalogueRoute {

    @Inject
    Catalogue catalogue;

    @GET
    public List<Item> get() {
        return catalogue.all();
    }
}
