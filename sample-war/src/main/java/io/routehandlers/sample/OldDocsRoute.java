package io.routehandlers.sample;

import static io.routehandlers.Navigation.permanentRedirect;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import java.util.List;

/** {@code /manual/...} moved to {@code /docs/...}: a permanent redirect. */
@Route("/manual/[...path]")
public class OldDocsRoute {

    @GET
    public RouteResponse get(@Param("path") List<String> path) {
        throw permanentRedirect("/docs/" + String.join("/", path));
    }
}
