package io.routehandlers.tck.caching;

import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The application's own store: a map that says what it holds, standing in for a cluster-wide cache. */
@ApplicationScoped
public class ShelfStore implements ResponseCacheStore {

    private final Map<String, CachedResponse> entries = new ConcurrentHashMap<>();
    private final Set<String> revalidations = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<CachedResponse> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void put(String key, CachedResponse entry) {
        entries.put(key, entry);
    }

    @Override
    public void revalidate(Revalidation which) {
        revalidations.add(which.toString());
        entries.replaceAll((key, entry) -> which.selects(key, entry) ? entry.asRevalidated() : entry);
    }

    /** The keys held and the revalidations asked for, sorted. */
    public String describe() {
        return "keys=" + new TreeSet<>(entries.keySet()) + " revalidations=" + new TreeSet<>(revalidations);
    }
}
