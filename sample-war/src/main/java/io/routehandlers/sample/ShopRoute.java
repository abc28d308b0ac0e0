package io.routehandlers.sample;

import io.routehandlers.CookieStore;
import io.routehandlers.RequestCookie;
import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.util.Map;

/**
 * {@code GET /api/shop}: the shelf, cached for everyone, and the visitor's cart from its cookie, never cached. The
 * route reads a cookie, so its answer is per visitor; the catalogue part of it comes from the {@link Shelf}'s cache.
 */
@Route("/api/shop")
public class ShopRoute {

    @Inject
    Shelf shelf;

    @GET
    public RouteResponse get(CookieStore cookies) {
        String cart = cookies.get("cart").map(RequestCookie::value).orElse("empty");
        return RouteResponse.json(Map.of("items", shelf.items(), "cart", cart));
    }
}
