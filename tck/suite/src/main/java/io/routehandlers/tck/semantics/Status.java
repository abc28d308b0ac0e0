package io.routehandlers.tck.semantics;

import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.concurrent.atomic.AtomicInteger;

/** A dynamic route whose GET answers carry an ETag from their bytes (S-18.5); POST changes them. */
@Route("/semantics/status")
@RouteConfig(etag = true)
public class Status {

    private final AtomicInteger version = new AtomicInteger(1);

    /** The status. */
    public record State(String state, int version) {}

    @GET
    public State get() {
        return new State("ok", version.get());
    }

    @POST
    public RouteResponse bump() {
        version.incrementAndGet();
        return RouteResponse.status(204);
    }
}
