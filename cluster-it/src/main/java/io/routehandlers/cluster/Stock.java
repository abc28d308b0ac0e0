package io.routehandlers.cluster;

import io.routehandlers.Cached;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** A cached method that says which server computed its value, and counts its computations there (S-12.6). */
@ApplicationScoped
public class Stock {

    /** A stock level, and where it was computed. */
    public record Level(String sku, int units, String node, int computation) {}

    private final AtomicInteger computations = new AtomicInteger();

    @Cached(tags = "stock", life = "hours")
    public Level level(String sku) {
        int computation = computations.incrementAndGet();
        return new Level(sku, 7, System.getProperty("cluster.node"), computation);
    }

    /** How often this server computed a level. */
    public int computations() {
        return computations.get();
    }
}
