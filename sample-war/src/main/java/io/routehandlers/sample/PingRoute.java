package io.routehandlers.sample;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.Map;

/** {@code /api/ping}: the route twin of {@link PingResource}, used to compare their throughput. */
@Route("/api/ping")
public class PingRoute {

    @GET
    public Map<String, String> get() {
        return Map.of("status", "ok");
    }
}
