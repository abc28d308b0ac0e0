package io.routehandlers.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * A store selected by name instead ({@code routehandlers.cache.store=jcache}, S-12.1) is a bean qualified with
 * {@link CacheStore}, such as the JCache store of {@code routehandlers-jcache}.
 *
 * <p>Implementations are called concurrently from request threads and background regenerations and must be
 * thread safe. Keys are opaque strings the extension derives from the route and its params; they may be
 * long, so a store with key limits should hash them. A store may fail (a cluster that is unreachable): the extension
 * then answers as if the route were not cached and tries again later (S-12.5); it never fails a request because of
 * its store.
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

    /**
     * Marks the selected entries stale (Next.js 16 {@code revalidateTag(tag, profile)}, S-8.15): afterwards {@link #get}
     * answers each entry rendered at or before {@code at} as {@link CachedResponse#staleSince} says, so that it is
     * served stale once more while one regeneration runs, until {@code expire} after {@code at}. The default revalidates
     * them instead (their next read waits for a new value): correct, only slower for the clients.
     *
     * @param which the entries to mark
     * @param at when they went stale, from the extension's clock
     * @param expire how long after {@code at} they may still be served stale
     */
    default void markStale(Revalidation which, Instant at, Duration expire) {
        revalidate(which);
    }

    /**
     * Whether an answer whose render started at {@code started} is revalidated already: a revalidation of its key, its
     * route or one of its tags came at or after that instant, on any server (S-12.3). The extension asks it, once,
     * before a request shares a render that another request started on this server, so that a request ordered after a
     * revalidation on another server never gets an answer rendered before it. A store of one server answers
     * {@code false} (the default): the extension knows this server's own revalidations.
     *
     * @param key the key being rendered
     * @param route the route's declared path
     * @param tags the route's tags
     * @param started when the render started
     * @return whether a revalidation since then selects the answer
     */
    default boolean revalidatedSince(String key, String route, List<String> tags, Instant started) {
        return false;
    }

    /**
     * Takes the one regeneration of a stale entry (S-12.4). A store shared by several servers grants it to one of them
     * until {@link #release} or until {@code duration} has passed (the server holding it may have died); the
     * extension already makes sure that one server regenerates a key once at a time, so a store of one server grants
     * every lease (the default).
     *
     * @param key the stale entry's key
     * @param duration how long the lease holds at most ({@code routehandlers.cache.lease})
     * @return whether this server regenerates the entry now
     */
    default boolean lease(String key, Duration duration) {
        return true;
    }

    /**
     * Takes requests from a rate limit's window of a key, for every server that shares the store (S-16.4): reads the
     * key's window, computes the next with {@link RateWindow#next}, and writes it only if the window did not change
     * meanwhile (an atomic compare-and-set, retried), so that the servers together never give out more than the limit.
     * A server takes one request at a time near the limit, and a share of what is left far from it, which it then
     * gives out without asking the store. A store of one server does not count (the default): the extension then
     * counts in memory, per server, as it also does for a while after this method failed.
     *
     * @param key the limit's name and whose requests it counts, opaque
     * @param requests how many requests this server asks for, at least one
     * @param limit how many requests a window allows
     * @param window how long a window lasts, at most a day
     * @param now the time of the request, from the extension's clock
     * @return the window after this call; empty when the store does not count, or could not count this call (another
     *     server changed the window at every attempt), which the extension then counts in memory
     */
    default Optional<RateWindow> take(String key, long requests, long limit, Duration window, Instant now) {
        return Optional.empty();
    }

    /**
     * Gives back a lease this server holds, once the regenerated entry was stored (or the regeneration failed).
     *
     * @param key the entry's key
     */
    default void release(String key) {}
}
