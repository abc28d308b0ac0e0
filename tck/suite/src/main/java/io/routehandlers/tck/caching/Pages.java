package io.routehandlers.tck.caching;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;
import java.util.concurrent.atomic.AtomicInteger;

/** A dynamic route cached forever: each path renders on its first request. */
@Route("/pages/[slug]")
@RouteConfig(revalidate = RouteConfig.FOREVER)
public class Pages {

    private final AtomicInteger renders = new AtomicInteger();

    @GET
    public String get(@Param("slug") String slug) {
        return "page " + slug + " render " + renders.incrementAndGet();
    }
}
