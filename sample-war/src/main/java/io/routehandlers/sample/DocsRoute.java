package io.routehandlers.sample;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.List;

/** {@code /docs}, {@code /docs/a}, {@code /docs/a/b}...: an optional catch-all inside a route group. */
@Route("/(marketing)/docs/[[...path]]")
public class DocsRoute {

    @GET
    public String get(@Param("path") List<String> path) {
        return path.isEmpty() ? "Docs home" : "Docs page " + String.join(" > ", path);
    }
}
