package io.routehandlers.sample;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import java.util.Map;

/** {@code /preferences}: read or choose the theme, kept in a cookie by {@link ThemePreference}. */
@Route("/preferences")
public class PreferencesRoute {

    @Inject
    ThemePreference theme;

    @GET
    public Map<String, String> get() {
        return Map.of("theme", theme.current());
    }

    @PUT
    public RouteResponse put(RouteRequest request) {
        String chosen = request.text().strip();
        return theme.choose(chosen)
                ? RouteResponse.json(Map.of("theme", chosen))
                : RouteResponse.json(Map.of("error", "theme must be light or dark"), 400);
    }
}
