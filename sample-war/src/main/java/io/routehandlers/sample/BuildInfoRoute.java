package io.routehandlers.sample;

import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;
import java.time.Instant;

/** {@code /api/build-info}: force-static, rendered once at startup and served from the cache from then on. */
@Route("/api/build-info")
@RouteConfig(dynamic = Dynamic.FORCE_STATIC)
public class BuildInfoRoute {

    /** What the route answers. */
    public record BuildInfo(String java, Instant renderedAt) {}

    @GET
    public BuildInfo get() {
        return new BuildInfo(Runtime.version().toString(), Instant.now());
    }
}
