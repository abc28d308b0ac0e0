package io.routehandlers.tck.openapi;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.List;

/** S-13.1: a dynamic route answering a record. */
@Route("/items/[slug]")
public class Shelf {

    /** What the route answers. */
    public record Item(String slug, int stock, List<String> tags) {}

    /**
     * What a restock asks for: its constraints are in the document. A class, not a record: Payara 6's own scanner
     * fails the whole document when a record's component has a constraint (it takes the canonical constructor's
     * parameter for a Jakarta REST resource's parameter).
     */
    public static class Restock {
        @NotNull
        @Size(max = 40)
        public String slug;

        @Positive
        public int quantity;

        @DecimalMax(value = "1000", inclusive = false)
        public double weight;
    }

    @GET
    public Item get(@Param("slug") String slug) {
        return new Item(slug, 3, List.of("new"));
    }

    /** Reads its body and a query parameter: the document says both. */
    @POST
    public Item restock(RouteRequest request) {
        Restock restock = request.json(Restock.class);
        String note = request.searchParams().get("note").orElse("");
        return new Item(restock.slug, restock.quantity, List.of(note));
    }
}
