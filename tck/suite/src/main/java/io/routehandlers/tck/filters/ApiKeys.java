package io.routehandlers.tck.filters;

import io.routehandlers.FilterContext;
import io.routehandlers.FilterPaths;
import io.routehandlers.Navigation;
import io.routehandlers.RouteFilter;
import io.routehandlers.RouteResponse;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The first filter below /api: no {@code X-Api-Key} answers 401 at once; the gold key sets the tier the handler
 * sees; every answer gets {@code X-Filtered} and {@code X-Route}.
 */
@ApplicationScoped
@FilterPaths("/api/[...rest]")
@Priority(100)
public class ApiKeys implements RouteFilter {

    @Override
    public void filter(FilterContext context) {
        context.addResponseHeader("X-Filtered", "api");
        context.addResponseHeader("X-Route", context.route());
        if (context.params().get("id").filter("hidden"::equals).isPresent()) {
            throw Navigation.notFound();
        }
        String key = context.headers().get("X-Api-Key").orElse("");
        if (key.isEmpty()) {
            context.abortWith(
                    RouteResponse.json(Map.of("error", "key needed"), 401).header("WWW-Authenticate", "ApiKey"));
            return;
        }
        context.setRequestHeader("X-Chain", "first");
        if (key.equals("gold")) {
            context.setRequestHeader("X-Tier", "gold");
        } else {
            context.removeRequestHeader("X-Tier");
        }
    }
}
