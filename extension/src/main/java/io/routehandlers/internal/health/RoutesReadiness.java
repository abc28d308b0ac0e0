package io.routehandlers.internal.health;

import io.routehandlers.internal.cache.Prerender;
import io.routehandlers.internal.cache.ResponseCache;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The {@code routehandlers} readiness check (S-13.6): up once the web module has started and its cached routes are
 * prerendered; its data says so and names the answer store with its state (healthy, or failing since when, S-12.5). A
 * failing store keeps it up, since routes answer without their store; {@code routehandlers.health.store-down=true}
 * makes it down then.
 */
final class RoutesReadiness implements HealthCheck {

    /** The check's name. */
    static final String NAME = "routehandlers";

    private final Supplier<Prerender> prerender;
    private final Supplier<ResponseCache> cache;
    private final BooleanSupplier storeDown;

    RoutesReadiness(Supplier<Prerender> prerender, Supplier<ResponseCache> cache, BooleanSupplier storeDown) {
        this.prerender = prerender;
        this.cache = cache;
        this.storeDown = storeDown;
    }

    @Override
    public HealthCheckResponse call() {
        boolean started = prerender.get().done();
        ResponseCache answers = cache.get();
        Optional<Instant> failing = answers.storeFailingSince();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("started", started);
        data.put("store", answers.storeName());
        data.put("store-state", failing.map(since -> "failing since " + since).orElse("healthy"));
        // Built directly: the builder would need the server's HealthCheckResponseProvider, which only the server has.
        boolean up = started && (failing.isEmpty() || !storeDown.getAsBoolean());
        return new HealthCheckResponse(
                NAME, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.of(data));
    }
}
