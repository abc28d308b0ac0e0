package io.routehandlers.tck.cachedmethods;

import io.routehandlers.Cached;
import io.routehandlers.RouteCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The slice's cached methods; each counts how often it ran, per argument. */
@ApplicationScoped
public class Catalogue {

    /** A product, and which computation of its category made it. */
    public record Product(String sku, String name, int version) {}

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    @Inject
    RouteCache cache;

    private int ran(String what) {
        return runs.computeIfAbsent(what, w -> new AtomicInteger()).incrementAndGet();
    }

    /** How often a method ran for an argument. */
    public int runs(String what) {
        AtomicInteger count = runs.get(what);
        return count == null ? 0 : count.get();
    }

    /** The products of a category, tagged {@code category-<name>} at run time. */
    @Cached(tags = "products", life = "hours")
    public List<Product> products(String category) {
        int version = ran("products-" + category);
        cache.tag("category-" + category);
        return List.of(new Product(category + "-1", "Lamp", version));
    }

    /** Fails on its first run for a key, then answers. */
    @Cached
    public String flaky(String key) {
        int run = ran("flaky-" + key);
        if (run == 1) {
            throw new IllegalStateException("the supplier is down");
        }
        return "ok " + run;
    }

    @Cached
    public Optional<Product> product(String sku) {
        int version = ran("product-" + sku);
        return sku.equals("none") ? Optional.empty() : Optional.of(new Product(sku, "Lamp", version));
    }

    @Cached
    public CompletionStage<Product> later(String sku) {
        int version = ran("later-" + sku);
        return CompletableFuture.completedFuture(new Product(sku, "Desk", version));
    }

    @Cached(life = "seconds")
    public int ticker() {
        return ran("ticker");
    }
}
