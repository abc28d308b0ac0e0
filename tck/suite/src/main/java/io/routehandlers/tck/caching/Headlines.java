package io.routehandlers.tck.caching;

import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;
import java.util.concurrent.atomic.AtomicInteger;

/** Headlines, force-static and tagged {@code news}. */
@Route("/headlines")
@RouteConfig(dynamic = Dynamic.FORCE_STATIC, tags = "news")
public class Headlines {

    private final AtomicInteger renders = new AtomicInteger();

    @GET
    public String get() {
        return "headlines render " + renders.incrementAndGet();
    }
}
