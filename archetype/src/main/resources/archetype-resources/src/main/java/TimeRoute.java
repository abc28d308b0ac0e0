package ${package};

import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;
import java.time.Instant;

/**
 * {@code GET /time}: a cached answer, regenerated in the background at most every ten seconds. Watch the
 * {@code X-Route-Cache} header go {@code HIT}, then {@code STALE} once, then {@code HIT} with a new time.
 */
@Route("/time")
@RouteConfig(revalidate = 10)
public class TimeRoute {

    /** What the route answers. */
    public record Time(Instant renderedAt) {}

    @GET
    public Time get() {
        return new Time(Instant.now());
    }
}
