package io.routehandlers.spi;

import java.util.Optional;

/**
 * Where cached route answers live. The default keeps them in memory, bounded by
 * {@code routehandlers.cache.max-bytes}. To replace it, for instance with a JCache on Hazelcast or
 * Infinispan shared by a cluster, make an implementation a CDI bean of the application:
 *
 * <pre>
 * &#64;ApplicationScoped
 * public class ClusterStore implements ResponseCacheStore { ... }
 * </pre>
 *
 * Implementations are called concurrently from request threads and background regenerations and must be
 * thread safe. Keys are opaque strings the extension derives from the route and its params; they may be
 * long, so a store with key limits should hash them.
 */
public interface ResponseCacheStore {

    /**
     * The entry at a key.
     *
     * @param key the key
     * @return the entry, or empty when there is none (never stored, evicted, or removed)
     */
    Optional<CachedResponse> get(String key);

    /**
     * Stores or replaces an entry. A bounded store may evict others, or this one, to keep its budget.
     *
     * @param key the key
     * @param entry the entry
     */
    void put(String key, CachedResponse entry);

    /**
     * Marks the selected entries as revalidated: afterwards {@link #get} answers each of them with
     * {@link CachedResponse#revalidated()} {@code true}, or not at all (removing them is also correct).
     *
     * @param which the entries to revalidate
     */
    void revalidate(Revalidation which);
}
