package io.routehandlers.tck.caching;

import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A slow route revalidated every ten seconds, counting its renders, for a burst of requests on a stale entry. The
 * regenerated answer's age counts from when its render started: ten seconds keep it fresh through the burst and the
 * checks after it, however slow the machine.
 */
@Route("/burst")
@RouteConfig(revalidate = 10)
public class Burst {

    static final AtomicInteger RENDERS = new AtomicInteger();

    @GET
    public String get() throws InterruptedException {
        int render = RENDERS.incrementAndGet();
        Thread.sleep(300);
        return "burst " + render;
    }
}
