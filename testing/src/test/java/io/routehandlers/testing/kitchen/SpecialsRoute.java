package io.routehandlers.testing.kitchen;

import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;
import java.util.concurrent.atomic.AtomicInteger;

/** Today's special, cached for a minute; each render is a new special. */
@Route("/specials")
@RouteConfig(revalidate = 60)
public class SpecialsRoute {

    private final AtomicInteger renders = new AtomicInteger();

    @GET
    public String get() {
        return "special " + renders.incrementAndGet();
    }
}
