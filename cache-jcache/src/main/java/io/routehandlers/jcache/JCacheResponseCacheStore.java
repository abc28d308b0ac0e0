package io.routehandlers.jcache;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.routehandlers.spi.CacheStore;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.RateWindow;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.Configuration;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.cache.spi.CachingProvider;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The route cache's answers in a JCache shared by every server of a cluster (S-12). Three caches of the provider:
 *
 * <ul>
 *   <li>{@code <name>}: each answer at its key, as bytes ({@link EntryCodec});
 *   <li>{@code <name>-revalidations}: when a key, a route or a tag was last revalidated on demand, as one value
 *       ({@link Marks}). A read compares the answer's render time with the marks of its key, route and tags: an
 *       answer rendered before one of them is revalidated, on every server, as soon as the mark is written (S-12.3).
 *       No broadcast, no scan of the entries; a server's clock must agree with the others' (NTP) to the precision
 *       that matters;
 *   <li>{@code <name>-leases}: who regenerates a stale key, until when (S-12.4): taken with {@code putIfAbsent},
 *       taken over with {@code replace} once expired, given back with {@code remove} of the holder's own value;
 *   <li>{@code <name>-limits}: the rate limits' windows (S-16.4), {@code start count} as text, counted with
 *       {@code putIfAbsent} or {@code replace} of the value read, retried; created with an expiry of a day after the
 *       last change (the longest window), where the provider takes JCache's configuration.
 * </ul>
 *
 * Every operation is an atomic single-key JCache call, which every provider implements across its cluster. A cache
 * the provider's configuration declares is used with that configuration (its eviction bounds the memory each server
 * gives the answers); a cache it does not declare is created with JCache's defaults. When the provider closed the
 * caches (its member stopped), they are opened again, at most every five seconds; the extension keeps failures
 * from requests (S-12.5). A provider that hangs fails a call after {@link #TIMEOUT}: the store sets the provider's
 * own operation timeout from it ({@link ProviderTimeouts}).
 */
@ApplicationScoped
@CacheStore("jcache")
public class JCacheResponseCacheStore implements ResponseCacheStore {

    /** The key naming the answers' cache; the other two caches take its name and a suffix. */
    public static final String CACHE_NAME = "routehandlers.cache.jcache.cache-name";

    /** The key naming the {@link CachingProvider} class; without it, the one JCache finds. */
    public static final String PROVIDER = "routehandlers.cache.jcache.provider";

    /** The key giving the provider's configuration URI, such as {@code classpath:hazelcast.xml}. */
    public static final String URI_KEY = "routehandlers.cache.jcache.uri";

    /**
     * The key giving the provider's operation timeout, in milliseconds (100 to 60000, default 1000), which the store
     * sets for a Hazelcast member, Redisson and Infinispan embedded, so that a store that hangs fails a call soon
     * (S-12.5); docs/cluster.md says how long each provider then waits.
     */
    public static final String TIMEOUT = "routehandlers.cache.jcache.timeout-millis";

    private static final long DEFAULT_TIMEOUT_MILLIS = 1_000;
    private static final long MIN_TIMEOUT_MILLIS = 100;
    private static final long MAX_TIMEOUT_MILLIS = 60_000;

    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int NEAR_ENTRIES = 1_000;
    private static final Duration NEAR_TTL = Duration.ofSeconds(1);
    private static final Duration SPENT_MARK = Duration.ofMinutes(1);
    /** How often a server tries to take from a rate limit's window that other servers keep changing. */
    private static final int TAKE_ATTEMPTS = 20;

    private Supplier<ProviderTimeouts.Opened> managers;
    private String name;
    private Clock clock = Clock.systemUTC();
    private volatile Caches caches;
    private final ReentrantLock opening = new ReentrantLock();
    /** Guarded by {@link #opening}. */
    private long retryAt;
    /** Guarded by {@link #opening}. */
    private boolean closed;
    /** The leases this server holds: a release removes only its own. */
    private final Map<String, Long> held = new ConcurrentHashMap<>();
    /** The answers this server read or wrote lately (S-12.2 still holds: a miss here reads the shared cache). */
    private final Map<String, CachedResponse> near = Caffeine.newBuilder()
            .maximumSize(NEAR_ENTRIES)
            .expireAfterWrite(NEAR_TTL)
            .<String, CachedResponse>build()
            .asMap();

    private volatile Marks lastMarks = Marks.parse("");

    /** For CDI: configured from MicroProfile Config when first used. */
    public JCacheResponseCacheStore() {}

    /**
     * A store over a cache manager the caller owns (outside CDI, and in tests).
     *
     * @param manager the cache manager; it is not closed by the store
     * @param cacheName the answers' cache name
     * @param clock the clock of revalidation marks and leases
     */
    public JCacheResponseCacheStore(CacheManager manager, String cacheName, Clock clock) {
        this.managers =
                () -> new ProviderTimeouts.Opened(manager, MutableConfiguration::new, cache -> {}, () -> {}, "");
        this.name = cacheName;
        this.clock = clock;
    }

    /**
     * A store that opens its provider's manager as under CDI, with the provider's operation timeouts set, and closes
     * it (tests).
     */
    JCacheResponseCacheStore(
            CachingProvider provider, Optional<URI> uri, Duration timeout, String cacheName, Clock clock) {
        ClassLoader loader = JCacheResponseCacheStore.class.getClassLoader();
        this.managers = () -> ProviderTimeouts.open(provider, uri, loader, timeout);
        this.name = cacheName;
        this.clock = clock;
    }

    @PostConstruct
    void configure() {
        if (managers != null) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        name = config.getOptionalValue(CACHE_NAME, String.class).orElse("routehandlers");
        Optional<String> provider = config.getOptionalValue(PROVIDER, String.class);
        Optional<String> uri = config.getOptionalValue(URI_KEY, String.class);
        Duration timeout = timeout(config.getOptionalValue(TIMEOUT, Long.class));
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(JCacheResponseCacheStore.class.getClassLoader());
        managers = () -> ProviderTimeouts.open(
                provider.isPresent()
                        ? Caching.getCachingProvider(provider.get(), loader)
                        : Caching.getCachingProvider(loader),
                uri.map(URI::create),
                loader,
                timeout);
        JCacheMessages.store(
                "caches " + name + ", " + name + "-revalidations and " + name + "-leases",
                provider.map(p -> ", provider " + p).orElse("")
                        + uri.map(u -> ", " + u).orElse(""));
    }

    /** The operation timeout of {@link #TIMEOUT}, checked: a value out of range fails the store with the fix. */
    static Duration timeout(Optional<Long> millis) {
        long value = millis.orElse(DEFAULT_TIMEOUT_MILLIS);
        if (value < MIN_TIMEOUT_MILLIS || value > MAX_TIMEOUT_MILLIS) {
            throw new IllegalArgumentException(TIMEOUT + " is " + value + ": set it to a number of milliseconds from "
                    + MIN_TIMEOUT_MILLIS + " to " + MAX_TIMEOUT_MILLIS + " (default " + DEFAULT_TIMEOUT_MILLIS + ")");
        }
        return Duration.ofMillis(value);
    }

    /** Closes the caches this store opened, for good: an operation after this fails, as on a closed cache. */
    @PreDestroy
    void close() {
        opening.lock();
        try {
            closed = true;
            Caches open = caches;
            caches = null;
            if (open != null && !open.opened.manager().isClosed()) {
                open.opened.close().run();
            }
        } finally {
            opening.unlock();
        }
    }

    @Override
    public Optional<CachedResponse> get(String key) {
        return call(c -> {
            Marks marks = marks(c);
            // A key this server regenerates is read from the shared cache: the extension checks it before it renders.
            CachedResponse entry = held.containsKey(key) ? null : near.get(key);
            if (entry != null && (marks.revalidate(key, entry) || marks.staled(key, entry) != entry)) {
                entry = null; // another server may have stored the answer rendered since: read the shared one
            }
            if (entry == null) {
                entry = c.entries.get(key) instanceof byte[] bytes ? EntryCodec.decode(bytes) : null;
                if (entry != null) {
                    near.put(key, entry);
                }
            }
            if (entry == null) {
                return Optional.empty();
            }
            if (!entry.revalidated() && marks.revalidate(key, entry)) {
                return Optional.of(entry.asRevalidated());
            }
            return Optional.of(marks.staled(key, entry));
        });
    }

    @Override
    public void put(String key, CachedResponse entry) {
        call(c -> {
            c.entries.put(key, EntryCodec.encode(entry));
            near.put(key, entry);
            // A key's own mark is spent once an answer whose render started well after it is stored: by then no
            // server keeps a copy from before the mark (copies are kept a second; a render that overlapped the mark
            // took less than the margin). So marks do not pile up for keys that are rendered again.
            Long mark = marks(c).at(Marks.key(key));
            if (mark != null && mark < Marks.nanos(entry.generated()) - SPENT_MARK.toNanos()) {
                changeMarks(c, all -> {
                    all.remove(Marks.key(key), mark);
                    return all;
                });
            }
            return null;
        });
    }

    @Override
    public void revalidate(Revalidation which) {
        String mark = mark(which);
        if (which instanceof Revalidation.Key k) {
            near.remove(k.key());
        }
        long now = Marks.nanos(clock.instant());
        call(c -> {
            changeMarks(c, all -> {
                all.merge(mark, now, Math::max);
                return all;
            });
            return null;
        });
    }

    /**
     * Writes a stale mark (S-8.15): the time and how long its entries may still be served stale, in the one value of
     * the marks, which every server reads with every answer.
     */
    @Override
    public void markStale(Revalidation which, Instant at, Duration expire) {
        String mark = mark(which);
        long nanos = Marks.nanos(at);
        long serve = expire.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : expire.toNanos();
        call(c -> {
            changeMarks(c, all -> {
                // Marked again: while the earlier window is open, the later time and the window that ends first (as
                // entries marked twice in memory); once it closed, every entry it marked is past its window, which a
                // revalidation mark at its time says exactly, and the new mark stands alone.
                Long before = all.get(Marks.stale(mark));
                long marked = nanos;
                long end = plus(nanos, serve);
                if (before != null) {
                    Long beforeFor = all.get(Marks.staleFor(mark));
                    long beforeEnd = plus(before, beforeFor == null ? 0 : beforeFor);
                    if (beforeEnd <= nanos) {
                        all.merge(mark, before, Math::max);
                    } else {
                        marked = Math.max(before, nanos);
                        end = Math.min(end, beforeEnd);
                    }
                }
                all.put(Marks.stale(mark), marked);
                all.put(Marks.staleFor(mark), Math.max(0, end - marked));
                return all;
            });
            return null;
        });
    }

    private static long plus(long nanos, long more) {
        long sum = nanos + more;
        return sum < nanos ? Long.MAX_VALUE : sum; // "never", past the end of a long
    }

    private static String mark(Revalidation which) {
        if (which instanceof Revalidation.Key k) {
            return Marks.key(k.key());
        } else if (which instanceof Revalidation.Route r) {
            return Marks.route(r.route());
        } else if (which instanceof Revalidation.Tag t) {
            return Marks.tag(t.tag());
        }
        throw new IllegalArgumentException("Unknown revalidation " + which);
    }

    /** Compares the render's start with the marks as the store holds them now: one read of one key. */
    @Override
    public boolean revalidatedSince(String key, String route, List<String> tags, Instant started) {
        return call(c -> marks(c).revalidate(key, route, tags, started));
    }

    /** The marks as the store holds them now: one read of one key. */
    private Marks marks(Caches c) {
        return parsed(c.marks.get(Marks.ALL));
    }

    /** The marks of the stored value, parsed again only when it changed since the last read. */
    private Marks parsed(Object stored) {
        String text = stored instanceof String t ? t : "";
        Marks known = lastMarks;
        if (known.text().equals(text)) {
            return known;
        }
        Marks fresh = Marks.parse(text);
        lastMarks = fresh;
        return fresh;
    }

    /**
     * Changes the marks with a compare-and-set of their one value (a string, which every provider compares by
     * content), retried while other servers change them at the same time.
     */
    private void changeMarks(Caches c, UnaryOperator<TreeMap<String, Long>> change) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Object current = c.marks.get(Marks.ALL);
            Marks before = parsed(current);
            String after = Marks.format(Marks.bounded(change.apply(new TreeMap<>(before.all()))));
            if (after.equals(before.text())) {
                return;
            }
            boolean written = current == null
                    ? c.marks.putIfAbsent(Marks.ALL, after)
                    : c.marks.replace(Marks.ALL, current, after);
            if (written) {
                return;
            }
        }
        throw new IllegalStateException("The revalidation marks changed 100 times while this server wrote one");
    }

    /**
     * Takes requests from a key's window with a compare-and-set, retried while other servers take from it too; after
     * {@link #TAKE_ATTEMPTS} attempts the call is left to the server's memory (empty), the store being busy, not down.
     */
    @Override
    public Optional<RateWindow> take(String key, long requests, long limit, Duration window, Instant now) {
        return call(c -> {
            for (int attempt = 0; attempt < TAKE_ATTEMPTS; attempt++) {
                Object stored = c.limits.get(key);
                RateWindow next = RateWindow.next(window(stored), requests, limit, window, now);
                if (next.taken() == 0) {
                    return Optional.of(next); // a full window is left as it is
                }
                String text = Marks.nanos(next.start()) + " " + next.count();
                if (stored == null ? c.limits.putIfAbsent(key, text) : c.limits.replace(key, stored, text)) {
                    return Optional.of(next);
                }
                // Another server took from the window meanwhile: try again after a moment, at a random time so
                // that servers that keep meeting part.
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(50_000, 500_000));
            }
            return Optional.empty();
        });
    }

    /** A window as stored, or {@code null} for none (or a value this version cannot read, which is replaced). */
    private static RateWindow window(Object stored) {
        if (!(stored instanceof String text)) {
            return null;
        }
        int space = text.indexOf(' ');
        try {
            long nanos = Long.parseLong(text.substring(0, space));
            return new RateWindow(Instant.ofEpochSecond(0, nanos), Long.parseLong(text.substring(space + 1)), 0);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public boolean lease(String key, Duration duration) {
        long now = clock.millis();
        long until = now + duration.toMillis();
        return call(c -> {
            boolean taken = c.leases.putIfAbsent(key, until);
            if (!taken && c.leases.get(key) instanceof Long current && current < now) {
                taken = c.leases.replace(key, current, until); // its holder died or hung: taken over
            }
            if (taken) {
                held.put(key, until);
                // The extension reads the entry again before it regenerates: from the shared cache, where another
                // server may have stored the regenerated answer since this one read its near copy.
                near.remove(key);
            }
            return taken;
        });
    }

    @Override
    public void release(String key) {
        Long until = held.remove(key);
        if (until != null) {
            call(c -> c.leases.remove(key, until));
        }
    }

    /** Runs an operation on the caches; caches the provider closed are dropped, to be opened again. */
    private <T> T call(Function<Caches, T> operation) {
        Caches current = caches();
        try {
            return operation.apply(current);
        } catch (RuntimeException e) {
            if (current.closed()) {
                dropped(current);
            }
            throw e;
        }
    }

    /** Forgets caches the provider closed, so that the next operation opens them again. */
    private void dropped(Caches closedCaches) {
        opening.lock();
        try {
            if (caches == closedCaches) {
                caches = null;
            }
        } finally {
            opening.unlock();
        }
    }

    /**
     * The open caches, opened now by one thread at most every five seconds; other threads do not wait for it (an
     * embedded member may take seconds to start and join): they fail at once, which the extension answers as a miss.
     */
    private Caches caches() {
        Caches current = caches;
        if (current != null) {
            return current;
        }
        if (!opening.tryLock()) {
            throw new IllegalStateException("The JCache caches are being opened");
        }
        try {
            if (closed) {
                throw new IllegalStateException("The JCache store was closed with its application");
            }
            if (caches != null) {
                return caches;
            }
            long now = System.nanoTime();
            if (retryAt != 0 && now - retryAt < 0) {
                throw new IllegalStateException("The JCache caches are closed; they are opened again shortly");
            }
            retryAt = now + RETRY_NANOS;
            ProviderTimeouts.Opened opened = managers.get();
            try {
                caches = new Caches(
                        opened,
                        cache(opened, name),
                        cache(opened, name + "-revalidations"),
                        cache(opened, name + "-leases"),
                        cache(opened, name + "-limits", new javax.cache.expiry.Duration(TimeUnit.DAYS, 1)));
            } catch (RuntimeException e) {
                opened.close().run(); // what was started for these caches (a member, a client) is not left running
                throw e;
            }
            if (!opened.timeouts().isEmpty()) {
                JCacheMessages.open(opened.timeouts());
            }
            return caches;
        } finally {
            opening.unlock();
        }
    }

    /**
     * The provider's cache of that name: as its configuration declares it, else created with JCache's defaults; with
     * the operation timeout, where the provider sets it per cache.
     */
    private static Cache<Object, Object> cache(ProviderTimeouts.Opened opened, String name) {
        return cache(opened, name, null);
    }

    /** The cache, created with an expiry after its entries' last change where the provider takes JCache's. */
    private static Cache<Object, Object> cache(
            ProviderTimeouts.Opened opened, String name, javax.cache.expiry.Duration expiry) {
        CacheManager manager = opened.manager();
        Cache<Object, Object> cache = manager.getCache(name);
        if (cache == null) {
            Configuration<Object, Object> configuration = opened.configuration().get();
            if (expiry != null && configuration instanceof MutableConfiguration<Object, Object> mutable) {
                mutable.setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(expiry));
            }
            try {
                cache = manager.createCache(name, configuration);
            } catch (CacheException e) {
                cache = manager.getCache(name); // another server created it meanwhile
                if (cache == null) {
                    throw e;
                }
            }
        }
        opened.bound().accept(cache);
        return cache;
    }

    private record Caches(
            ProviderTimeouts.Opened opened,
            Cache<Object, Object> entries,
            Cache<Object, Object> marks,
            Cache<Object, Object> leases,
            Cache<Object, Object> limits) {

        boolean closed() {
            return opened.manager().isClosed() || entries.isClosed();
        }
    }
}
