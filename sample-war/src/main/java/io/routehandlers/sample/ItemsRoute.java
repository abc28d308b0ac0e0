package io.routehandlers.sample;

import io.routehandlers.QUERY;
import io.routehandlers.Route;
import io.routehandlers.RouteCache;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/items}: list the catalogue, or add to it. The item is validated (Jakarta Validation, from the
 * constraints of {@link Item}) before anything is stored, and every problem answers {@code 400} with the reasons:
 * nothing is kept for a request whose answer is not a success.
 */
@Route("/api/items")
@Tag(name = "items")
public class ItemsRoute {

    @Inject
    Catalogue catalogue;

    @Inject
    RouteCache cache;

    @GET
    @Operation(summary = "The catalogue", operationId = "listItems")
    public List<Item> list() {
        return catalogue.all();
    }

    @POST
    @Operation(summary = "Adds an item", operationId = "addItem")
    @APIResponse(
            responseCode = "201",
            description = "Added: Location says where it is",
            content = @Content(schema = @Schema(implementation = Item.class)))
    @APIResponse(
            responseCode = "409",
            description = "An item of that slug exists",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    public RouteResponse add(RouteRequest request) {
        // Malformed JSON: 400. An item that breaks its constraints: 400 with the violations, as problem details.
        Item item = request.json(Item.class);
        if (!catalogue.add(item)) {
            return RouteResponse.json(new Problem("Item " + item.slug() + " exists"), 409);
        }
        cache.revalidatePath("/sitemap.xml"); // the sitemaps and their index list the items
        return RouteResponse.json(item, 201).header("Location", "/api/items/" + item.slug());
    }

    /**
     * {@code QUERY /api/items} with a JSON filter (RFC 10008, S-18.3): a search in the body, not in the URL that logs
     * keep.
     */
    @QUERY
    @Consumes("application/json")
    public List<Item> search(RouteRequest request) {
        Filter filter = request.json(Filter.class);
        String text = filter.text() == null ? "" : filter.text().toLowerCase(Locale.ROOT);
        return catalogue.all().stream()
                .filter(item -> item.name().toLowerCase(Locale.ROOT).contains(text))
                .filter(item -> filter.maxPrice() == null || item.price() <= filter.maxPrice())
                .toList();
    }

    /** What a search looks for: words of the name, and a highest price in cents (either may be left out). */
    public record Filter(String text, Long maxPrice) {}

    /** The body of an error answer. */
    public record Problem(String message) {}
}
