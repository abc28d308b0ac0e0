package io.routehandlers.sample;

import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;
import java.time.Instant;

/**
 * {@code /api/time}: regenerated in the background at most every five seconds. Watch {@code X-Route-Cache}
 * go {@code HIT}, then {@code STALE} once, then {@code HIT} with a new time. Override the period without a
 * rebuild: {@code routehandlers.route./api/time.revalidate=30}.
 */
@Route("/api/time")
@RouteConfig(revalidate = 5)
public class TimeRoute {

    /** What the route answers. */
    public record Time(Instant renderedAt) {}

    @GET
    public Time get() {
        return new Time(Instant.now());
    }
}
