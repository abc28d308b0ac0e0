package io.routehandlers.testing.kitchen;

import io.routehandlers.CookieStore;
import io.routehandlers.Navigation;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.List;

/** {@code /recipes/[[...slug]]}: the list, one recipe, or a new one. */
@Route("/recipes/[[...slug]]")
public class RecipesRoute {

    @Inject
    Cookbook cookbook;

    @Inject
    CookieStore cookies;

    @GET
    public Object get(@Param("slug") List<String> slug) {
        if (slug.isEmpty()) {
            return cookbook.all();
        }
        cookies.set("last-seen", slug.get(0));
        return cookbook.find(slug.get(0)).orElseThrow(Navigation::notFound);
    }

    @POST
    public RouteResponse post(RouteRequest request) {
        Recipe recipe = request.json(Recipe.class);
        return cookbook.add(recipe)
                ? RouteResponse.json(recipe, 201).header("Location", "/recipes/" + recipe.slug())
                : RouteResponse.status(409);
    }
}
