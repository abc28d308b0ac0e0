package io.routehandlers.tck.streaming;

import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import java.util.concurrent.atomic.AtomicInteger;

/** S-11.4: a cached route whose answer streams, numbered by render. */
@Route("/cached-stream")
@RouteConfig(revalidate = 3600)
public class CachedStream {

    private static final AtomicInteger RENDERS = new AtomicInteger();

    @GET
    public RouteResponse get() {
        int render = RENDERS.incrementAndGet();
        return RouteResponse.stream("text/plain;charset=UTF-8", out -> out.write("render " + render));
    }
}
