package io.routehandlers.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import java.util.Optional;

/**
 * The default store: a Caffeine cache bounded by a byte budget ({@code routehandlers.cache.max-bytes}), each
 * entry weighed by {@link CachedResponse#estimatedBytes}, evicting by W-TinyLFU (better than LRU for scans).
 * Maintenance runs on the calling thread, never on an unmanaged pool.
 */
public final class InMemoryResponseCacheStore implements ResponseCacheStore {

    private final Cache<String, CachedResponse> cache;

    /** A store that keeps at most about {@code maxBytes} of answers. */
    public InMemoryResponseCacheStore(long maxBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedResponse entry) ->
                        (int) Math.min(Integer.MAX_VALUE, entry.estimatedBytes(key)))
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Optional<CachedResponse> get(String key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    @Override
    public void put(String key, CachedResponse entry) {
        cache.put(key, entry);
    }

    @Override
    public void revalidate(Revalidation which) {
        if (which instanceof Revalidation.Key single) {
            cache.asMap().computeIfPresent(single.key(), (key, entry) -> entry.asRevalidated());
            return;
        }
        cache.asMap().replaceAll((key, entry) -> which.selects(key, entry) ? entry.asRevalidated() : entry);
    }

    /** The bytes the entries weigh now, after pending evictions. */
    public long weightedSize() {
        cache.cleanUp();
        return cache.policy()
                .eviction()
                .flatMap(e -> e.weightedSize().stream().boxed().findFirst())
                .orElse(0L);
    }

    /** The number of entries now, after pending evictions. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
