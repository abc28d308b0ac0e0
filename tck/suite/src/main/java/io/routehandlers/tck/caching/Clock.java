package io.routehandlers.tck.caching;

import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;
import java.util.concurrent.atomic.AtomicInteger;

/** A route revalidated every second; each render says which it is. */
@Route("/clock")
@RouteConfig(revalidate = 1)
public class Clock {

    private final AtomicInteger ticks = new AtomicInteger();

    @GET
    public String get() {
        return "tick " + ticks.incrementAndGet();
    }
}
