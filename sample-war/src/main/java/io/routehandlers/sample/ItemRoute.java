package io.routehandlers.sample;

import static io.routehandlers.Navigation.notFound;

import io.routehandlers.BadRequestException;
import io.routehandlers.EntityTag;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteContext;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/items/[slug]}: one item, read with a typed params record or a {@code @Param}, as JSON or Markdown (S-18.1);
 * a {@code PUT} with {@code If-Match} replaces it only if nobody changed it since the client read it (S-18.5).
 */
@Route("/api/items/[slug]")
@Tag(name = "items")
public class ItemRoute {

    /** The params of this route. */
    public record ItemParams(String slug) {}

    @Inject
    Catalogue catalogue;

    /** The item's current version: its answers carry it as {@code ETag}; {@code null} when there is no such item. */
    @EntityTag
    public String version(@Param("slug") String slug) {
        return catalogue
                .find(slug)
                .map(item -> Integer.toHexString(Objects.hash(item.slug(), item.name(), item.price())))
                .orElse(null);
    }

    @GET
    @Produces("application/json")
    @Operation(summary = "One item", operationId = "getItem")
    @Parameter(name = "slug", description = "The item's URL name")
    public Item get(RouteContext<ItemParams> ctx) {
        return catalogue.find(ctx.params().slug()).orElseThrow(() -> notFound());
    }

    /** The same item for agents and terminals: {@code Accept: text/markdown}. */
    @GET
    @Produces("text/markdown")
    public String markdown(@Param("slug") String slug) {
        Item item = catalogue.find(slug).orElseThrow(() -> notFound());
        return "# " + item.name() + "\n\n- slug: " + item.slug() + "\n- price: " + item.price() / 100 + "."
                + String.format("%02d", item.price() % 100) + "\n";
    }

    /** Replaces the item; with {@code If-Match}, only the version the client read ({@code 412} otherwise). */
    @PUT
    @Operation(summary = "Replaces an item", operationId = "replaceItem")
    public Item put(@Param("slug") String slug, RouteRequest request) {
        Item item = request.json(Item.class);
        if (!item.slug().equals(slug)) {
            throw new BadRequestException("The item's slug is " + item.slug() + ", not " + slug);
        }
        catalogue.put(item);
        return item;
    }

    @DELETE
    @Operation(summary = "Removes an item", operationId = "removeItem")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such item")
    public RouteResponse delete(@Param("slug") String slug) {
        catalogue.remove(slug).orElseThrow(() -> notFound());
        return RouteResponse.status(204);
    }
}
