package io.routehandlers.cluster;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;

/**
 * A cached route whose render takes 1.5 seconds: long enough to revalidate its path on the other server while it
 * renders, and to send a request that would share it (S-12.3). Counted with the cached route's renders.
 */
@Route("/slow/[id]")
@RouteConfig(revalidate = 3600)
public class SlowRoute {

    @Inject
    Renders renders;

    @GET
    public String get(@Param("id") String id) throws InterruptedException {
        int render = renders.next();
        Thread.sleep(1500);
        return id + " rendered by node " + System.getProperty("cluster.node") + " (render " + render + ")";
    }
}
