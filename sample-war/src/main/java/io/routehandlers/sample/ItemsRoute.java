package io.routehandlers.sample;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.List;

/** {@code /api/items}: list the catalogue, or add to it. */
@Route("/api/items")
public class ItemsRoute {

    @Inject
    Catalogue catalogue;

    @GET
    public List<Item> list() {
        return catalogue.all();
    }

    @POST
    public RouteResponse add(RouteRequest request) {
        Item item = request.json(Item.class);
        if (!catalogue.add(item)) {
            return RouteResponse.json(new Problem("Item " + item.slug() + " exists"), 409);
        }
        return RouteResponse.json(item, 201).header("Location", "/api/items/" + item.slug());
    }

    /** The body of an error answer. */
    public record Problem(String message) {}
}
