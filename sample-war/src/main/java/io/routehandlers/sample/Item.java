package io.routehandlers.sample;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An item of the catalogue. Its constraints are checked by Jakarta Validation when a route binds it with
 * {@code request.json(Item.class)}: a violation answers {@code 400} as problem details, before the handler goes on
 * (S-13.5, docs/request-response.md).
 *
 * @param slug its URL name: it goes into a {@code Location} header, so only letters, digits and inner hyphens
 * @param name its display name
 * @param price its price in cents
 */
public record Item(
        @NotNull
        @Pattern(
                regexp = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?",
                message = "must be 1 to 40 lower-case letters, digits and inner hyphens")
        String slug,

        @NotBlank @Size(max = 100) String name,
        @PositiveOrZero long price) {}
