package io.routehandlers.benchmarks;

import io.routehandlers.Param;
import io.routehandlers.RateLimit;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.time.temporal.ChronoUnit;

/**
 * The generated routes' shape with a rate limit no client reaches: the cost of counting each request (issue 28,
 * {@code benchmarks/limits.sh}). Keyed per client, the client named by {@code X-Forwarded-For} from the trusted
 * loopback, so that the load tool's requests spread over many keys as many clients' would.
 */
@Route("/limited/items/[slug]")
@RateLimit(value = 1_000_000_000L, window = 1, windowUnit = ChronoUnit.SECONDS)
public class LimitedItemRoute {
    @GET
    public Item get(@Param("slug") String slug) {
        return new Item(slug, 5);
    }
}
