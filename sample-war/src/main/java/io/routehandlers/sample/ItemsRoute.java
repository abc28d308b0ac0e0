package io.routehandlers.sample;

import io.routehandlers.Route;
import io.routehandlers.RouteCache;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /api/items}: list the catalogue, or add to it. The item is checked before anything is stored, and every
 * problem answers {@code 400} with the reason: nothing is kept for a request whose answer is not a success.
 */
@Route("/api/items")
public class ItemsRoute {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    @Inject
    Catalogue catalogue;

    @Inject
    RouteCache cache;

    @GET
    public List<Item> list() {
        return catalogue.all();
    }

    @POST
    public RouteResponse add(RouteRequest request) {
        Item item = request.json(Item.class); // malformed JSON: BadRequestException, answered 400
        Optional<String> problem = problem(item);
        if (problem.isPresent()) {
            return RouteResponse.json(new Problem(problem.get()), 400);
        }
        if (!catalogue.add(item)) {
            return RouteResponse.json(new Problem("Item " + item.slug() + " exists"), 409);
        }
        cache.revalidatePath("/sitemap.xml"); // the sitemaps and their index list the items
        return RouteResponse.json(item, 201).header("Location", "/api/items/" + item.slug());
    }

    /** What is wrong with an item a client sent, if anything. */
    static Optional<String> problem(Item item) {
        if (item.slug() == null || !SLUG.matcher(item.slug()).matches()) {
            return Optional.of("slug must be 1 to 40 lower-case letters, digits and inner hyphens");
        }
        if (item.name() == null || item.name().isBlank() || item.name().length() > 100) {
            return Optional.of("name must be 1 to 100 characters");
        }
        if (item.price() < 0) {
            return Optional.of("price must be 0 or more cents");
        }
        return Optional.empty();
    }

    /** The body of an error answer. */
    public record Problem(String message) {}
}
