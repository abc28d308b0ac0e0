package io.routehandlers.cluster;

import io.routehandlers.RateLimit;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.time.temporal.ChronoUnit;

/**
 * Two routes of one shape for {@code benchmarks/limits.sh}: without a limit, and with a rate limit no client reaches,
 * counted in the shared JCache store. Keyed per client, the client named by the load tool's {@code X-Forwarded-For}.
 */
public final class BenchRoutes {

    private BenchRoutes() {}

    /** No limit. */
    @Route("/bench/plain")
    public static class Plain {
        @GET
        public String get() {
            return "{\"name\":\"lamp\",\"stock\":5}";
        }
    }

    /** A limit never reached. */
    @Route("/bench/limited")
    @RateLimit(value = 1_000_000_000L, window = 1, windowUnit = ChronoUnit.SECONDS)
    public static class Limited {
        @GET
        public String get() {
            return "{\"name\":\"lamp\",\"stock\":5}";
        }
    }
}
