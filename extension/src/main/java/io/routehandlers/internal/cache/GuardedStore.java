package io.routehandlers.internal.cache;

import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The store as the route cache uses it: a store that fails (a cluster that is unreachable, S-12.5) never fails a
 * request. A read that fails is a miss, so the route renders as if uncached; a write that fails is dropped; a lease
 * that cannot be had is granted (every server then regenerates its own answer rather than none); a revalidation
 * that fails is kept and replayed, in order of arrival, once the store answers again, so that no server serves an
 * answer the application revalidated. The first failure is logged, then at most one a minute, and the store's
 * return once. Every call goes to the store again: caching resumes by itself.
 */
final class GuardedStore implements ResponseCacheStore {

    private static final Logger LOG = Logger.getLogger("io.routehandlers");
    private static final long QUIET_NANOS = TimeUnit.MINUTES.toNanos(1);
    /** Revalidations kept while the store fails; beyond this many distinct ones, the oldest stay and others drop. */
    private static final int MAX_PENDING = 10_000;

    private final ResponseCacheStore store;
    private final String name;
    private final Set<Revalidation> pending = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastLogged = new AtomicLong();
    private volatile boolean failing;

    GuardedStore(ResponseCacheStore store, String name) {
        this.store = store;
        this.name = name;
    }

    /** The store behind the guard. */
    ResponseCacheStore store() {
        return store;
    }

    @Override
    public Optional<CachedResponse> get(String key) {
        if (!pending.isEmpty() && !replay()) {
            return Optional.empty();
        }
        try {
            Optional<CachedResponse> entry = store.get(key);
            succeeded();
            return entry;
        } catch (RuntimeException e) {
            failed("read an answer", e);
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, CachedResponse entry) {
        try {
            store.put(key, entry);
            succeeded();
        } catch (RuntimeException e) {
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
            store.revalidate(which);
            succeeded();
        } catch (RuntimeException e) {
            keep(which);
            failed("revalidate " + which, e);
        }
    }

    @Override
    public boolean lease(String key, Duration duration) {
        try {
            boolean taken = store.lease(key, duration);
            succeeded();
            return taken;
        } catch (RuntimeException e) {
            failed("take a regeneration lease", e);
            return true;
        }
    }

    @Override
    public void release(String key) {
        try {
            store.release(key);
        } catch (RuntimeException e) {
            failed("release a regeneration lease (it expires by itself)", e);
        }
    }

    private void keep(Revalidation which) {
        if (pending.size() < MAX_PENDING) {
            pending.add(which);
        } else {
            LOG.warning(() -> "The route cache's store (" + name + ") is failing and " + MAX_PENDING
                    + " revalidations wait for it: " + which + " is dropped");
        }
    }

    /**
     * Sends the revalidations kept while the store failed.
     *
     * @return whether none is left
     */
    private boolean replay() {
        for (Revalidation which : pending) {
            try {
                store.revalidate(which);
                pending.remove(which);
            } catch (RuntimeException e) {
                failed("revalidate " + which, e);
                return false;
            }
        }
        succeeded();
        return pending.isEmpty();
    }

    private void succeeded() {
        if (failing) {
            failing = false;
            LOG.info(() -> "The route cache's store (" + name + ") answers again: cached answers are served from it");
        }
    }

    private void failed(String what, RuntimeException e) {
        failing = true;
        long now = System.nanoTime();
        long last = lastLogged.get();
        if ((last == 0 || now - last >= QUIET_NANOS) && lastLogged.compareAndSet(last, now == 0 ? 1 : now)) {
            LOG.log(
                    Level.WARNING,
                    "The route cache's store (" + name + ") failed to " + what + ": " + e
                            + ". Routes answer as if uncached until it is back; revalidations are kept and sent then."
                            + " Logged at most once a minute.",
                    LOG.isLoggable(Level.FINE) ? e : null);
        }
    }
}
