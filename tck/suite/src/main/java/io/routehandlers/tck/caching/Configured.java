package io.routehandlers.tck.caching;

import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;
import java.util.concurrent.atomic.AtomicInteger;

/** A route cached for an hour by its annotation; {@link ConfiguredRouteTest} turns caching off by config. */
@Route("/configured")
@RouteConfig(revalidate = 3600)
public class Configured {

    private final AtomicInteger renders = new AtomicInteger();

    @GET
    public String get() {
        return "configured " + renders.incrementAndGet();
    }
}
