package io.routehandlers.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.routehandlers.internal.exchange.BackgroundExecutor;
import io.routehandlers.internal.exchange.RouteClock;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.scan.RouteTable;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The calls of {@code @Cached} methods (S-8.13): answers a call from the store when its value is fresh; when it is
 * stale, from the store too, while one regeneration runs in the background (one in the cluster: the store's lease,
 * S-12.4); else calls the method, once for all the calls that miss one key at the same time, and stores its value as
 * JSON written with a fixed JSON-B configuration. Values of immutable shapes are kept decoded beside the store, keyed
 * by the entry's {@code ETag}, so a hit reads no JSON.
 */
@ApplicationScoped
public class CachedMethods {

    /** The JSON of a {@code null} value (an empty {@code Optional}). */
    private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);

    @Inject
    CachedMethodTable methods;

    @Inject
    ResponseCache cache;

    @Inject
    RouteTable table;

    @Inject
    RouteClock clock;

    @Inject
    BackgroundExecutor background;

    /** The extension's own JSON-B, with the defaults of the specification: the application's settings do not apply. */
    private Jsonb jsonb;

    private ResponseCacheStore store;
    private final Map<String, Computing> computing = new ConcurrentHashMap<>();
    private final Set<String> regenerating = ConcurrentHashMap.newKeySet();
    private final Cache<String, Decoded> decoded =
            Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();

    /** A value read from an entry, and the entity tag of the bytes it was read from. */
    private record Decoded(String etag, Object value) {}

    /** A call of the method in progress for a key, and the count of revalidations when it started. */
    private record Computing(long generation, CompletableFuture<CachedResponse> entry) {}

    @PostConstruct
    void start() {
        jsonb = JsonbBuilder.create();
        store = cache.store();
    }

    @PreDestroy
    void stop() {
        try {
            jsonb.close();
        } catch (Exception e) {
            RuntimeMessages.closingJsonbFailed(e);
        }
    }

    /**
     * Answers one call of a {@code @Cached} method.
     *
     * @param call the interceptor's call
     * @return the method's value, from the store or computed
     * @throws Exception what the method threw
     */
    public Object call(InvocationContext call) throws Exception {
        CachedMethod method = methods.find(call.getMethod());
        if (method == null || DraftCookies.active()) {
            // A bean deployment did not see (added by another extension), or a request in draft mode (S-8.16): the
            // method runs, and its value is not stored.
            return call.proceed();
        }
        String key = method.key(call.getParameters());
        CachedResponse entry = store.get(key).orElse(null);
        if (entry != null && !entry.revalidated() && entry.route().equals(method.id())) {
            Duration age = Duration.between(entry.generated(), clock.now());
            if (entry.life().fresh(age)) {
                return found(method, key, entry, call);
            }
            if (entry.life().servable(age) && background.executor().isPresent()) {
                regenerateInBackground(background.executor().get(), method, key, entry, call);
                return found(method, key, entry, call);
            }
        }
        return method.async() ? computeAsync(method, key, call) : computeOnce(method, key, call);
    }

    /** The entry, if it is one of the method's that is fresh now; else {@code null}. */
    private CachedResponse fresh(CachedMethod method, CachedResponse entry) {
        return entry != null
                        && !entry.revalidated()
                        && entry.route().equals(method.id())
                        && entry.life().fresh(Duration.between(entry.generated(), clock.now()))
                ? entry
                : null;
    }

    /** A stored value, as the method returns it; its tags and life go to the computation that called it. */
    private Object found(CachedMethod method, String key, CachedResponse entry, InvocationContext call)
            throws Exception {
        Object value;
        try {
            value = decode(method, key, entry);
        } catch (RuntimeException e) {
            RuntimeMessages.cachedValueNotRead(CachedMethod.describe(method.method()), key, e);
            return method.async() ? computeAsync(method, key, call) : computeOnce(method, key, call);
        }
        CacheScope.used(entry.tags(), entry.life());
        return method.wrap(value);
    }

    private Object decode(CachedMethod method, String key, CachedResponse entry) {
        if (method.immutable()) {
            Decoded known = decoded.getIfPresent(key);
            if (known != null && known.etag().equals(entry.etag())) {
                return known.value();
            }
        }
        Object value = Arrays.equals(entry.body(), NULL)
                ? null
                : jsonb.fromJson(new String(entry.body(), StandardCharsets.UTF_8), method.stored());
        if (method.immutable()) {
            decoded.put(key, new Decoded(entry.etag(), value));
        }
        return value;
    }

    /**
     * Calls the method once for all the calls that miss a key at the same time: the others wait and read its entry. A
     * call that comes after a revalidation does not wait for a computation that started before it.
     */
    private Object computeOnce(CachedMethod method, String key, InvocationContext call) throws Exception {
        long generation = cache.generation();
        Computing mine = new Computing(generation, new CompletableFuture<>());
        Computing running = computing.putIfAbsent(key, mine);
        if (running != null && running.generation() >= generation) {
            CachedResponse shared;
            try {
                shared = running.entry().join();
            } catch (CompletionException e) {
                throw rethrown(e.getCause());
            }
            if (shared != null) {
                return found(method, key, shared, call);
            }
            return computeAlone(method, key, call); // the value was not stored: no entry to share
        }
        if (running != null) {
            return computeAlone(method, key, call);
        }
        try {
            // A computation that ended between this call's read and now has stored its value: use it.
            CachedResponse stored = fresh(method, store.get(key).orElse(null));
            if (stored != null) {
                mine.entry().complete(stored);
                return found(method, key, stored, call);
            }
            Computed computed = compute(method, key, call, generation);
            mine.entry().complete(computed.entry());
            if (computed.entry() != null) {
                CacheScope.used(computed.entry().tags(), computed.entry().life());
            }
            return computed.result();
        } catch (Exception | Error e) {
            mine.entry().completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(key, mine);
        }
    }

    private Object computeAlone(CachedMethod method, String key, InvocationContext call) throws Exception {
        Computed computed = compute(method, key, call, cache.generation());
        if (computed.entry() != null) {
            CacheScope.used(computed.entry().tags(), computed.entry().life());
        }
        return computed.result();
    }

    /** What one call of the method gave: its result as returned, and the entry stored of it (none if not stored). */
    private record Computed(Object result, CachedResponse entry) {}

    /** Calls the method in a scope of its own, which collects what it used, and stores its value. */
    private Computed compute(CachedMethod method, String key, InvocationContext call, long generation)
            throws Exception {
        Instant started = clock.now();
        CacheScope scope = CacheScope.open();
        Object result;
        try {
            result = call.proceed();
        } finally {
            scope.close();
        }
        return new Computed(result, store(method, key, method.unwrap(result), scope, started, generation));
    }

    /** Stores a value; a value JSON-B cannot write is logged and not stored. */
    private CachedResponse store(
            CachedMethod method, String key, Object value, CacheScope scope, Instant started, long generation) {
        byte[] body;
        try {
            body = value == null ? NULL : jsonb.toJson(value, method.stored()).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            RuntimeMessages.cachedValueNotWritten(CachedMethod.describe(method.method()), e);
            return null;
        }
        CachedResponse entry = new CachedResponse(
                200,
                List.of(),
                body,
                CachedAnswers.etag(body),
                method.id(),
                scope.tags(method.tags()),
                started,
                false,
                false,
                cache.build(),
                scope.life(method.life()));
        store.put(key, cache.unlessOvertaken(entry, generation));
        if (method.immutable()) {
            decoded.put(key, new Decoded(entry.etag(), value));
        }
        return entry;
    }

    /**
     * Calls a method whose values come in a {@code CompletionStage}, once for the calls that miss a key together, and
     * stores its value once the stage completes; a failed stage stores nothing. The caller's computation takes the
     * method's declared tags and life at once: what the method used after its first stage is not seen.
     */
    private Object computeAsync(CachedMethod method, String key, InvocationContext call) throws Exception {
        CacheScope.used(method.tags(), method.life());
        long generation = cache.generation();
        Computing mine = new Computing(generation, new CompletableFuture<>());
        Computing running = computing.putIfAbsent(key, mine);
        if (running != null && running.generation() >= generation) {
            return running.entry().thenApply(entry -> {
                if (entry == null) {
                    throw new CompletionException(new IllegalStateException(
                            "The value of " + CachedMethod.describe(method.method()) + " was not stored"));
                }
                return method.inStage(decode(method, key, entry));
            });
        }
        Instant started = clock.now();
        CacheScope scope = CacheScope.open();
        CompletionStage<?> stage;
        try {
            stage = (CompletionStage<?>) call.proceed();
        } catch (Exception | Error e) {
            if (running == null) {
                computing.remove(key, mine);
                mine.entry().completeExceptionally(e);
            }
            throw e;
        } finally {
            scope.close();
        }
        CompletableFuture<Object> result = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> {
            if (running == null) {
                computing.remove(key, mine);
            }
            if (failure != null) {
                mine.entry().completeExceptionally(failure);
                result.completeExceptionally(failure);
                return;
            }
            try {
                mine.entry().complete(store(method, key, method.unwrap(value), scope, started, generation));
                result.complete(value);
            } catch (RuntimeException | Error e) {
                mine.entry().completeExceptionally(e);
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * Starts one regeneration of a stale value, unless one runs here, another server holds the lease, or the value was
     * renewed meanwhile. It calls the method on the background executor, in a request context of its own.
     */
    private void regenerateInBackground(
            Executor executor, CachedMethod method, String key, CachedResponse stale, InvocationContext call) {
        if (!regenerating.add(key)) {
            return;
        }
        if (!store.lease(key, table.settings().cacheLease())) {
            regenerating.remove(key);
            return;
        }
        CachedResponse current = store.get(key).orElse(null);
        if (current != null && !current.generated().equals(stale.generated())) {
            store.release(key);
            regenerating.remove(key);
            return;
        }
        String owner = "@Cached method " + CachedMethod.describe(method.method());
        try {
            executor.execute(() -> {
                try {
                    background.inRequestContext(() -> {
                        regenerate(method, key, call);
                        return null;
                    });
                } catch (RuntimeException e) {
                    RuntimeMessages.regenerationFailed(owner, key, e.getCause() != null ? e.getCause() : e);
                } finally {
                    store.release(key);
                    regenerating.remove(key);
                }
            });
        } catch (RejectedExecutionException e) {
            store.release(key);
            regenerating.remove(key);
            RuntimeMessages.regenerationRefused(owner, key, e);
        }
    }

    /** Calls the method again and stores its value; a stage is waited for, up to the lease's time. */
    private void regenerate(CachedMethod method, String key, InvocationContext call) {
        long generation = cache.generation();
        Instant started = clock.now();
        CacheScope scope = CacheScope.open();
        Object result;
        try {
            result = call.proceed();
            if (method.async()) {
                result = ((CompletionStage<?>) result)
                        .toCompletableFuture()
                        .get(table.settings().cacheLease().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (TimeoutException e) {
            throw new CompletionException(e);
        } catch (Exception e) {
            throw new CompletionException(e);
        } finally {
            scope.close();
        }
        store(method, key, method.unwrap(result), scope, started, generation);
    }

    private static Exception rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof Exception e ? e : new IllegalStateException(failure);
    }
}
