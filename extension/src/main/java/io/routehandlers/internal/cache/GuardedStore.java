package io.routehandlers.internal.cache;

import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.RateWindow;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The store as the route cache uses it: a store that fails (a cluster that is unreachable, a provider that cannot
 * start, S-12.5) never fails a request. A read that fails is a miss, so the route renders as if uncached; a write
 * that fails is dropped; a lease that cannot be had is granted (every server then regenerates its own answer rather
 * than none); a render in progress counts as not revalidated elsewhere (requests share it, as without a shared
 * store); a revalidation that fails is kept and sent again before the store is read again, so that this server
 * never serves an answer the application revalidated. The store bean itself is resolved on first use, so a store
 * that fails as it is created is a failing store too. The first failure is logged, then at most one a minute, and
 * the store's return once after each logged failure. Every call goes to the store again: caching resumes by itself.
 */
final class GuardedStore implements ResponseCacheStore {

    private static final long QUIET_NANOS = TimeUnit.MINUTES.toNanos(1);
    /** How often a failing store is asked again for the readiness check. */
    private static final long PROBE_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** The key the readiness check reads: no route's (keys start with /). */
    private static final String PROBE_KEY = "routehandlers-readiness";
    /** How long rate limits count in memory after the store failed to count, before it is asked again. */
    private static final long LOCAL_COUNT_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Revalidations kept while the store fails; beyond this many distinct ones, the new ones are dropped. */
    private static final int MAX_PENDING = 10_000;

    private final Supplier<ResponseCacheStore> source;
    private final String name;
    private volatile ResponseCacheStore store;
    /**
     * The revalidations to send again, each with the number of its latest request: a replay removes one only if no
     * request for it came in since it was sent.
     */
    private final Map<Revalidation, Long> pending = new ConcurrentHashMap<>();

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong lastLogged = new AtomicLong();
    private final AtomicLong lastProbe = new AtomicLong();
    private volatile boolean logged;
    /** When the store began to fail, while it fails; {@code null} while it answers. */
    private volatile Instant failingSince;
    /** Until when rate limits count in memory: the store failed to count, and a hanging one would slow each request. */
    private volatile long countLocallyUntil;

    GuardedStore(Supplier<ResponseCacheStore> source, String name) {
        this.source = source;
        this.name = name;
    }

    /** The store behind the guard, resolved now if it was not yet. */
    ResponseCacheStore store() {
        ResponseCacheStore resolved = store;
        if (resolved == null) {
            synchronized (this) {
                if (store == null) {
                    store = source.get();
                }
                resolved = store;
            }
        }
        return resolved;
    }

    @Override
    public Optional<CachedResponse> get(String key) {
        if (!pending.isEmpty() && !replay()) {
            return Optional.empty();
        }
        try {
            Optional<CachedResponse> entry = store().get(key);
            succeeded();
            return entry;
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            failed("read an answer", e);
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, CachedResponse entry) {
        try {
            store().put(key, entry);
            succeeded();
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            failed("store an answer", e);
        }
    }

    @Override
    public void revalidate(Revalidation which) {
        if (!pending.isEmpty()) {
            keep(which);
            replay();
            return;
        }
        try {
            store().revalidate(which);
            succeeded();
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            keep(which);
            failed("revalidate " + which, e);
        }
    }

    /**
     * Marks entries stale; while the store fails (or revalidations wait for it), the mark is kept as a revalidation,
     * which expires the entries instead: sent later, a stale mark would come after fresher answers were stored.
     */
    @Override
    public void markStale(Revalidation which, Instant at, Duration expire) {
        if (!pending.isEmpty()) {
            revalidate(which);
            return;
        }
        try {
            store().markStale(which, at, expire);
            succeeded();
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            keep(which);
            failed("mark " + which + " stale", e);
        }
    }

    /**
     * A store that fails cannot tell of other servers' revalidations, which do not reach this server until it answers
     * again anyway (S-12.3 holds for the servers that reach the store): the render is shared, as concurrent misses are
     * without a shared store, rather than every waiting request rendering its own while the store is down. This
     * server's own revalidations the extension counts itself.
     */
    @Override
    public boolean revalidatedSince(String key, String route, List<String> tags, Instant started) {
        try {
            boolean revalidated = store().revalidatedSince(key, route, tags, started);
            succeeded();
            return revalidated;
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            failed("tell whether a render in progress was revalidated on another server", e);
            return false;
        }
    }

    @Override
    public boolean lease(String key, Duration duration) {
        try {
            boolean taken = store().lease(key, duration);
            succeeded();
            return taken;
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            failed("take a regeneration lease", e);
            return true;
        }
    }

    @Override
    public void release(String key) {
        try {
            store().release(key);
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            failed("release a regeneration lease (it expires by itself)", e);
        }
    }

    /**
     * A store that fails to count leaves the counting to each server for a few seconds (S-16.4): the limit then holds
     * per server, rather than every request waiting for a store that hangs; then the store is asked again.
     */
    @Override
    public Optional<RateWindow> take(String key, long requests, long limit, Duration window, Instant now) {
        long until = countLocallyUntil;
        if (until != 0 && System.nanoTime() - until < 0) {
            return Optional.empty();
        }
        try {
            Optional<RateWindow> counted = store().take(key, requests, limit, window, now);
            succeeded();
            return counted;
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            countLocallyUntil = System.nanoTime() + LOCAL_COUNT_NANOS;
            failed("count a rate limit (each server counts its own for a while)", e);
            return Optional.empty();
        }
    }

    private void keep(Revalidation which) {
        if (pending.size() < MAX_PENDING || pending.containsKey(which)) {
            pending.put(which, requests.incrementAndGet());
        } else {
            failed(
                    "keep " + which + ": " + MAX_PENDING
                            + " revalidations already wait for the store, this one is lost",
                    new IllegalStateException("too many revalidations waiting"));
        }
    }

    /**
     * Sends the revalidations kept while the store failed.
     *
     * @return whether none is left
     */
    private boolean replay() {
        for (Map.Entry<Revalidation, Long> kept : pending.entrySet()) {
            try {
                store().revalidate(kept.getKey());
                pending.remove(kept.getKey(), kept.getValue());
            } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
                failed("revalidate " + kept.getKey(), e);
                return false;
            }
        }
        succeeded();
        return pending.isEmpty();
    }

    /**
     * Since when the store fails, while it does (S-13.6); empty while it answers. While it fails, the store is asked
     * again (a read) at most every five seconds, so that a server the readiness check took out of its load balancer,
     * which then gets no requests, sees the store come back.
     */
    Optional<Instant> failingSince() {
        long now = System.nanoTime();
        long last = lastProbe.get();
        if (failingSince != null && now - last >= PROBE_NANOS && lastProbe.compareAndSet(last, now)) {
            get(PROBE_KEY);
        }
        return Optional.ofNullable(failingSince);
    }

    /** The store's name, for the log and the readiness check. */
    String name() {
        return name;
    }

    private void succeeded() {
        failingSince = null;
        if (logged) {
            logged = false;
            RuntimeMessages.storeBack(name);
        }
    }

    private void failed(String what, Throwable e) {
        if (failingSince == null) {
            failingSince = Instant.now();
        }
        long now = System.nanoTime();
        long last = lastLogged.get();
        if ((last == 0 || now - last >= QUIET_NANOS) && lastLogged.compareAndSet(last, now == 0 ? 1 : now)) {
            logged = true;
            RuntimeMessages.storeFailed(name, what, e);
        }
    }
}
