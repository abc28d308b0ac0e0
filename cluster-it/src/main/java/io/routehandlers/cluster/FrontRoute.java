package io.routehandlers.cluster;

import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;
import java.time.Instant;

/**
 * A static route, prerendered as each server starts: its body says which server rendered it and when, so an answer
 * rendered again (at a restart) would have another body and {@code ETag} (S-12.2).
 */
@Route("/front")
@RouteConfig(dynamic = Dynamic.FORCE_STATIC)
public class FrontRoute {

    @GET
    public String get() {
        return "front page rendered by node " + System.getProperty("cluster.node") + " at " + Instant.now();
    }
}
