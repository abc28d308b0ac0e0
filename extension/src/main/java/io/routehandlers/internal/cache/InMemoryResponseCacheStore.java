package io.routehandlers.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default store, bounded by a byte budget ({@code routehandlers.cache.max-bytes}), each entry weighed by
 * {@link CachedResponse#estimatedBytes}. Entries the application listed ({@link CachedResponse#listed()}: prerendered
 * paths and {@code @StaticParams}) are pinned: they are never evicted and take their share of the budget first, so a
 * flood of requests for unlisted params cannot push them out (S-8.11). The other entries share the rest of the budget
 * in a Caffeine cache, evicted by W-TinyLFU (better than LRU for scans); its maintenance runs on the calling thread,
 * never on an unmanaged pool.
 */
public final class InMemoryResponseCacheStore implements ResponseCacheStore {

    private final long maxBytes;
    private final Map<String, CachedResponse> pinned = new ConcurrentHashMap<>();
    private final Cache<String, CachedResponse> cache;
    private long pinnedBytes;

    /** A store that keeps at most about {@code maxBytes} of answers, listed ones first. */
    public InMemoryResponseCacheStore(long maxBytes) {
        this.maxBytes = maxBytes;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedResponse entry) ->
                        (int) Math.min(Integer.MAX_VALUE, entry.estimatedBytes(key)))
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Optional<CachedResponse> get(String key) {
        CachedResponse listed = pinned.get(key);
        return listed != null ? Optional.of(listed) : Optional.ofNullable(cache.getIfPresent(key));
    }

    @Override
    public void put(String key, CachedResponse entry) {
        if (!entry.listed()) {
            cache.put(key, entry);
            return;
        }
        synchronized (pinned) {
            CachedResponse previous = pinned.put(key, entry);
            pinnedBytes += entry.estimatedBytes(key) - (previous == null ? 0 : previous.estimatedBytes(key));
            long rest = Math.max(0, maxBytes - pinnedBytes);
            cache.policy().eviction().ifPresent(eviction -> eviction.setMaximum(rest));
        }
        cache.invalidate(key);
    }

    @Override
    public void revalidate(Revalidation which) {
        if (which instanceof Revalidation.Key single) {
            pinned.computeIfPresent(single.key(), (key, entry) -> entry.asRevalidated());
            cache.asMap().computeIfPresent(single.key(), (key, entry) -> entry.asRevalidated());
            return;
        }
        pinned.replaceAll((key, entry) -> which.selects(key, entry) ? entry.asRevalidated() : entry);
        cache.asMap().replaceAll((key, entry) -> which.selects(key, entry) ? entry.asRevalidated() : entry);
    }

    @Override
    public void markStale(Revalidation which, Instant at, Duration expire) {
        pinned.replaceAll((key, entry) -> which.selects(key, entry) ? entry.staleSince(at, expire) : entry);
        cache.asMap().replaceAll((key, entry) -> which.selects(key, entry) ? entry.staleSince(at, expire) : entry);
    }

    /** The bytes the entries weigh now, pinned and evictable, after pending evictions. */
    public long weightedSize() {
        cache.cleanUp();
        long evictable = cache.policy()
                .eviction()
                .flatMap(e -> e.weightedSize().stream().boxed().findFirst())
                .orElse(0L);
        synchronized (pinned) {
            return evictable + pinnedBytes;
        }
    }

    /** The number of entries now, after pending evictions. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize() + pinned.size();
    }
}
