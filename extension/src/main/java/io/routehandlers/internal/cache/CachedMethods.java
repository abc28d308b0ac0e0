package io.routehandlers.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.routehandlers.internal.exchange.BackgroundExecutor;
import io.routehandlers.internal.exchange.RouteClock;
import io.routehandlers.internal.http.EntityTags;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.scan.RouteTable;
import io.routehandlers.spi.CacheLife;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The calls of {@code @Cached} methods (S-8.13): answers a call from the store when its value is fresh; when it is
 * stale, from the store too, while one regeneration runs in the background (one in the cluster: the store's lease,
 * S-12.4); else calls the method, once for all the calls that miss one key at the same time, and stores its value as
 * JSON written with a fixed JSON-B configuration. Values of immutable shapes are kept decoded beside the store, keyed
 * by the entry's {@code ETag}, so a hit reads no JSON.
 *
 * <p>A regeneration calls the method again through a new reference to its bean, in a request context of its own, so
 * that every interceptor of the method runs again (a transaction's) and a bean of a request that ended is not used;
 * the call reaches this class marked as the regeneration of its key, and is computed and stored.
 */
@ApplicationScoped
public class CachedMethods {

    /** The JSON of a {@code null} value (an empty {@code Optional}). */
    private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);

    /** The key a background regeneration on this thread computes: its call is computed, never read from the store. */
    private static final ThreadLocal<String> REGENERATING = new ThreadLocal<>();

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

    @Inject
    BeanManager beans;

    /** The extension's own JSON-B, with the defaults of the specification: the application's settings do not apply. */
    private Jsonb jsonb;

    private ResponseCacheStore store;
    private final Map<String, Computing> computing = new ConcurrentHashMap<>();
    private final Set<String> regenerating = ConcurrentHashMap.newKeySet();
    private final Cache<String, Decoded> decoded =
            Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();

    /** A value read from an entry, and the entity tag of the bytes it was read from. */
    private record Decoded(String etag, Object value) {}

    /**
     * A call of the method in progress for a key: the count of revalidations and the time when it started, and its
     * entry once stored ({@code null} when its value was not stored).
     */
    private record Computing(long generation, Instant started, CompletableFuture<CachedResponse> entry) {}

    /** The keys whose method runs on this thread now: a call of one of them is a recursion, computed alone. */
    private static final ThreadLocal<Set<String>> HERE = ThreadLocal.withInitial(HashSet::new);

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
        Object[] arguments = CachedMethod.frozen(call.getParameters());
        if (arguments != call.getParameters()) {
            call.setParameters(arguments);
        }
        String key = method.key(arguments);
        if (key.equals(REGENERATING.get())) {
            REGENERATING.remove(); // the methods it calls are read from the cache as usual
            return computeAlone(method, key, call);
        }
        CachedResponse entry = store.get(key).orElse(null);
        if (ours(method, entry)) {
            Duration age = Duration.between(entry.generated(), clock.now());
            CacheLife life = life(method, entry);
            if (life.fresh(age)) {
                return found(method, key, entry, call);
            }
            Optional<Executor> executor = background.executor();
            if (life.servable(age) && executor.isPresent()) {
                regenerateInBackground(executor.get(), method, key, entry, arguments, call);
                return found(method, key, entry, call);
            }
        }
        return method.async() ? computeAsyncOnce(method, key, call) : computeOnce(method, key, call);
    }

    /**
     * A stored value, as the method returns it; its tags and life go to the computation that called it. A value that
     * cannot be read back (a record that changed without changing its shape) is computed again, without the cache's
     * sharing.
     */
    private Object found(CachedMethod method, String key, CachedResponse entry, InvocationContext call)
            throws Exception {
        Object value;
        try {
            value = decode(method, key, entry);
        } catch (RuntimeException e) {
            RuntimeMessages.cachedValueNotRead(CachedMethod.describe(method.method()), key, e);
            return computeAlone(method, key, call);
        }
        // What is left of its life: a value built from it now can count on no more (S-8.14).
        CacheScope.used(entry.tags(), life(method, entry).left(Duration.between(entry.generated(), clock.now())));
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
     * How long a value lives: its entry's life, or the method's where the entry has none (a store of its own that
     * rebuilt the entry without its life: the value must still go stale).
     */
    private static CacheLife life(CachedMethod method, CachedResponse entry) {
        return entry.life().equals(CacheLife.FOREVER) ? method.life() : entry.life();
    }

    /** Whether an entry holds a value of the method that was not revalidated. */
    private static boolean ours(CachedMethod method, CachedResponse entry) {
        return entry != null && !entry.revalidated() && entry.route().equals(method.id());
    }

    /** The entry, if it is one of the method's that is fresh now; else {@code null}. */
    private CachedResponse fresh(CachedMethod method, CachedResponse entry) {
        return ours(method, entry) && life(method, entry).fresh(Duration.between(entry.generated(), clock.now()))
                ? entry
                : null;
    }

    /**
     * Joins the computation of a key in progress, or leads one: the computation that a call may share started after
     * every revalidation the call saw (here, or, asked of the store, on another server, S-12.3); a call that came after
     * a revalidation takes the lead from an older computation, so the calls after it share its own.
     *
     * @return the computation to join; {@code null} when this call leads {@code mine}; {@code mine} when the call is
     *     made by the computation of its own key (a recursion), which it can only compute alone
     */
    private Computing joinOrLead(CachedMethod method, String key, Computing mine) {
        while (true) {
            Computing running = computing.putIfAbsent(key, mine);
            if (running == null) {
                return null;
            }
            if (HERE.get().contains(key)) {
                return mine;
            }
            // A computation older than the lease is taken as dead (a stage that never completes): this call leads.
            boolean alive =
                    running.started().plus(table.settings().cacheLease()).isAfter(mine.started());
            if (alive
                    && running.generation() >= mine.generation()
                    && !store.revalidatedSince(key, method.id(), method.tags(), running.started())) {
                return running;
            }
            if (computing.replace(key, running, mine)) {
                return null;
            }
        }
    }

    /**
     * Calls the method once for all the calls that miss a key at the same time: the others wait and read its entry,
     * or get its exception. A value that was not stored is not shared: each caller computes its own.
     */
    private Object computeOnce(CachedMethod method, String key, InvocationContext call) throws Exception {
        Computing mine = new Computing(cache.generation(), clock.now(), new CompletableFuture<>());
        Computing running = joinOrLead(method, key, mine);
        if (running == mine) {
            return compute(method, key, call, mine.generation()).result();
        }
        if (running != null) {
            CachedResponse shared;
            try {
                shared = running.entry().get(table.settings().cacheLease().toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            } catch (TimeoutException e) {
                shared = null; // a computation that hangs: this call computes its own
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw e;
            }
            // The tags the value chose at run time were revalidated on another server since it started (S-12.3).
            boolean overtaken = shared != null
                    && !shared.tags().equals(method.tags())
                    && store.revalidatedSince(key, method.id(), shared.tags(), running.started());
            return shared != null && !overtaken
                    ? found(method, key, shared, call)
                    : compute(method, key, call, cache.generation()).result();
        }
        try {
            // A computation that ended between this call's read and now has stored its value: use it.
            CachedResponse stored = fresh(method, store.get(key).orElse(null));
            if (stored != null) {
                mine.entry().complete(stored);
                return found(method, key, stored, call);
            }
            Computed computed = compute(method, key, call, mine.generation());
            mine.entry().complete(computed.entry());
            return computed.result();
        } catch (Exception | Error e) {
            mine.entry().completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(key, mine);
        }
    }

    /** Calls the method for this call alone, sharing nothing with other calls, and stores its value. */
    private Object computeAlone(CachedMethod method, String key, InvocationContext call) throws Exception {
        return method.async()
                ? computeAsync(method, key, call, null)
                : compute(method, key, call, cache.generation()).result();
    }

    /** What one call of the method gave: its result as returned, and the entry stored of it (none if not stored). */
    private record Computed(Object result, CachedResponse entry) {}

    /**
     * Calls the method in a scope of its own, which collects what it used, stores its value, and gives the caller's
     * computation its tags and life (stored or not: the caller's answer holds the value).
     */
    private Computed compute(CachedMethod method, String key, InvocationContext call, long generation)
            throws Exception {
        Instant started = clock.now();
        CacheScope scope = CacheScope.open();
        boolean outermost = HERE.get().add(key);
        Object result;
        try {
            result = call.proceed();
        } finally {
            if (outermost) {
                HERE.get().remove(key);
            }
            scope.close();
        }
        CachedResponse entry = store(method, key, method.unwrap(result), scope, started, generation);
        CacheScope.used(scope.tags(method.tags()), scope.life(method.life()));
        return new Computed(result, entry);
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
                EntityTags.of(body),
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
     * Calls a method whose values come in a {@code CompletionStage} once for the calls that miss a key together. A
     * caller that joins gets the value read from the entry, or calls the method itself when the value was not stored.
     */
    private Object computeAsyncOnce(CachedMethod method, String key, InvocationContext call) throws Exception {
        Computing mine = new Computing(cache.generation(), clock.now(), new CompletableFuture<>());
        Computing running = joinOrLead(method, key, mine);
        if (running == mine) {
            return computeAsync(method, key, call, null);
        }
        if (running != null) {
            CacheScope.used(method.tags(), method.life());
            Object[] arguments = call.getParameters();
            // Its own copy of the leader's future: a timeout completes this call's wait, not the others'.
            return running.entry()
                    .copy()
                    .completeOnTimeout(null, table.settings().cacheLease().toMillis(), TimeUnit.MILLISECONDS)
                    .thenApplyAsync(
                            entry -> {
                                if (entry != null) {
                                    try {
                                        return method.inStage(decode(method, key, entry));
                                    } catch (RuntimeException e) {
                                        RuntimeMessages.cachedValueNotRead(
                                                CachedMethod.describe(method.method()), key, e);
                                    }
                                }
                                // Not stored, or not in time: computed and stored through the bean, as a regeneration.
                                return method.inStage(background.inRequestContext(
                                        () -> callThroughBean(method, key, arguments, call)));
                            },
                            background.executor().orElse(ForkJoinPool.commonPool()));
        }
        return computeAsync(method, key, call, mine);
    }

    /**
     * Calls a method whose values come in a {@code CompletionStage}, and stores its value once the stage completes; a
     * failed stage (or none) stores nothing. The caller's computation takes the method's declared tags and life at
     * once: what the method uses after its first stage is not seen.
     *
     * @param mine the computation this call leads, which others may join; {@code null} when none can
     */
    private Object computeAsync(CachedMethod method, String key, InvocationContext call, Computing mine)
            throws Exception {
        CacheScope.used(method.tags(), method.life());
        long generation = mine == null ? cache.generation() : mine.generation();
        Instant started = clock.now();
        CacheScope scope = CacheScope.open();
        boolean outermost = HERE.get().add(key);
        CompletableFuture<Object> result = new CompletableFuture<>();
        try {
            CompletionStage<?> stage = (CompletionStage<?>) call.proceed();
            if (stage == null) {
                ended(key, mine, null, null);
                return null;
            }
            stage.whenComplete((value, failure) -> {
                if (failure != null) {
                    ended(key, mine, null, failure);
                    result.completeExceptionally(failure);
                    return;
                }
                try {
                    ended(key, mine, store(method, key, method.unwrap(value), scope, started, generation), null);
                    result.complete(value);
                } catch (RuntimeException | Error e) {
                    ended(key, mine, null, e);
                    result.completeExceptionally(e);
                }
            });
        } catch (Exception | Error e) {
            ended(key, mine, null, e);
            throw e;
        } finally {
            if (outermost) {
                HERE.get().remove(key);
            }
            scope.close();
        }
        return result;
    }

    /** Ends a computation others may have joined: with its entry, none, or its failure. */
    private void ended(String key, Computing mine, CachedResponse entry, Throwable failure) {
        if (mine == null) {
            return;
        }
        computing.remove(key, mine);
        if (failure != null) {
            mine.entry().completeExceptionally(failure);
        } else {
            mine.entry().complete(entry);
        }
    }

    /**
     * Starts one regeneration of a stale value, unless one runs here, another server holds the lease, or the value was
     * renewed meanwhile.
     */
    private void regenerateInBackground(
            Executor executor,
            CachedMethod method,
            String key,
            CachedResponse stale,
            Object[] arguments,
            InvocationContext call) {
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
                        regenerate(method, key, arguments, call);
                        return null;
                    });
                } catch (RuntimeException e) {
                    RuntimeMessages.regenerationFailed(owner, key, e.getCause() != null ? e.getCause() : e);
                } finally {
                    store.release(key);
                    regenerating.remove(key);
                }
            });
        } catch (RuntimeException e) {
            store.release(key);
            regenerating.remove(key);
            RuntimeMessages.regenerationRefused(owner, key, e);
        }
    }

    /** Calls the method again and stores its value (S-8.13): a regeneration, in the background. */
    private void regenerate(CachedMethod method, String key, Object[] arguments, InvocationContext call) {
        callThroughBean(method, key, arguments, call);
    }

    /**
     * Calls the method, marked as the computation of its key, which is stored: through a new reference to its bean
     * when the bean is known by the method's class (every interceptor runs again), else through the first call's
     * context. A stage is waited for, up to the lease's time, before a dependent bean is destroyed.
     *
     * @return the value, without its {@code Optional} or stage
     */
    private Object callThroughBean(CachedMethod method, String key, Object[] arguments, InvocationContext call) {
        try {
            Optional<Bean<?>> bean = bean(method.method());
            if (bean.isEmpty()) {
                Object result = computeAlone(method, key, call);
                return method.unwrap(awaited(method, result));
            }
            CreationalContext<?> context = beans.createCreationalContext(bean.get());
            REGENERATING.set(key);
            try {
                Object reference =
                        beans.getReference(bean.get(), method.method().getDeclaringClass(), context);
                method.method().trySetAccessible(); // a package-private method of the application's
                Object result = awaited(method, method.method().invoke(reference, arguments));
                if (REGENERATING.get() != null) {
                    // The call reached the method on another thread (an interceptor of the application's moved it),
                    // unmarked: nothing was stored. The value is expired, so the next call computes it.
                    store.revalidate(new Revalidation.Key(key));
                }
                return method.unwrap(result);
            } finally {
                REGENERATING.remove();
                context.release();
            }
        } catch (InvocationTargetException | ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** A result, its stage waited for up to the lease's time. */
    private Object awaited(CachedMethod method, Object result)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (!method.async() || result == null) {
            return result;
        }
        return ((CompletionStage<?>) result)
                .toCompletableFuture()
                .get(table.settings().cacheLease().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The one bean of a method's class, if there is exactly one. */
    private Optional<Bean<?>> bean(Method method) {
        try {
            return Optional.ofNullable(beans.resolve(beans.getBeans(method.getDeclaringClass(), Any.Literal.INSTANCE)));
        } catch (AmbiguousResolutionException e) {
            return Optional.empty();
        }
    }

    private static Exception rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof Exception e ? e : new IllegalStateException(failure);
    }
}
