package io.routehandlers.tck.caching;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** How often {@link Burst} rendered; not cached. */
@Route("/burst-count")
public class BurstCount {

    @GET
    public String get() {
        return String.valueOf(Burst.RENDERS.get());
    }
}
