package io.routehandlers.cluster;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;

/**
 * A cached route that says which server rendered it, and counts its renders there. Revalidated every ten seconds:
 * an answer regenerated during a burst stays fresh through the burst and the checks after it on a slow machine.
 */
@Route("/cached/[id]")
@RouteConfig(revalidate = 10, tags = "items")
public class CachedRoute {

    @Inject
    Renders renders;

    @GET
    public String get(@Param("id") String id) {
        return id + " rendered by node " + System.getProperty("cluster.node") + " (render " + renders.next() + ")";
    }
}
