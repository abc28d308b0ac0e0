package io.routehandlers.internal.cache;

import io.routehandlers.BadRequestException;
import io.routehandlers.Dynamic;
import io.routehandlers.RouteCache;
import io.routehandlers.internal.call.CallEnd;
import io.routehandlers.internal.call.RequestGuard;
import io.routehandlers.internal.config.GlobalSettings;
import io.routehandlers.internal.config.RouteSettings;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.BackgroundExecutor;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.exchange.RouteClock;
import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.metadata.MetadataKind;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.scan.RouteTable;
import io.routehandlers.internal.tree.RoutePath;
import io.routehandlers.internal.tree.SegmentTree;
import io.routehandlers.spi.CacheLife;
import io.routehandlers.spi.CacheStore;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The cache of route answers (S-8): answers {@code GET} and {@code HEAD} of cached routes from the store, renders
 * misses and on-demand revalidations in the request (concurrent misses of one key render once), regenerates stale
 * answers once in the background (stale-while-revalidate, on the server's managed executor), and answers
 * {@link RouteCache}.
 */
@ApplicationScoped
public class ResponseCache implements RouteCache {

    @Inject
    RouteTable table;

    @Inject
    RouteRenderer renderer;

    @Inject
    RouteClock clock;

    @Inject
    BackgroundExecutor background;

    @Inject
    Instance<ResponseCacheStore> applicationStores;

    @Inject
    @Any
    Instance<ResponseCacheStore> namedStores;

    private GuardedStore store;
    private String build;
    private volatile String contextPath = "";
    private final Map<String, CompletableFuture<Void>> regenerating = new ConcurrentHashMap<>();
    private final Map<String, Rendering> rendering = new ConcurrentHashMap<>();
    /**
     * Counts the revalidations. A render that a revalidation overtook may have read the data as it was before: its
     * entry is stored as revalidated (served to its own request, rendered again for the next one), and a request that
     * misses after the revalidation does not join it. Counted for all keys at once, which costs at most one extra
     * render of an unrelated key that was rendering at that moment.
     */
    private final AtomicLong revalidations = new AtomicLong();

    private final Map<RouteDefinition, Set<String>> listed = new ConcurrentHashMap<>();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    /**
     * Picks the store: the one {@code routehandlers.cache.store} names (a {@link CacheStore} bean, whose presence the
     * deployment checked: RH-048), else the application's unqualified {@link ResponseCacheStore} bean, else the
     * in-memory one. Computes the build id its answers carry.
     */
    @PostConstruct
    void start() {
        build = BuildId.of(
                table.settings().cacheBuildId(),
                table.routes(),
                table.settings().metadataBaseUrl());
        String name = table.settings().cacheStore();
        if (!name.equals(GlobalSettings.MEMORY_STORE)) {
            store = new GuardedStore(
                    () -> namedStores.select(CacheStore.Literal.of(name)).get(), name);
        } else if (applicationStores.isResolvable()) {
            store = new GuardedStore(applicationStores::get, "the application's ResponseCacheStore");
        } else {
            InMemoryResponseCacheStore memory =
                    new InMemoryResponseCacheStore(table.settings().cacheMaxBytes());
            store = new GuardedStore(() -> memory, "in memory");
        }
    }

    /**
     * The store in use, behind the guard that keeps its failures from requests (S-12.5): the named one, the
     * application's {@link ResponseCacheStore} bean, or the in-memory one.
     */
    public ResponseCacheStore store() {
        return store;
    }

    /** The name of the store in use: {@code in memory}, the application's store, or the named one (S-13.6). */
    public String storeName() {
        return store.name();
    }

    /** Since when the store fails, while it does (S-12.5, S-13.6). */
    public Optional<Instant> storeFailingSince() {
        return store.failingSince();
    }

    /**
     * Whether the store holds an answer at a key that a starting server keeps instead of prerendering it (S-12.2): one
     * of this build, fresh, not revalidated. Another server of the cluster rendered it; rendering it again would
     * change its body and {@code ETag} for every client.
     */
    boolean keeps(RouteDefinition route, String key) {
        return store.get(key)
                .filter(entry ->
                        !entry.revalidated() && entry.build().equals(build) && !isStale(entry, route.settings()))
                .isPresent();
    }

    /**
     * The {@code Cache-Control} of a route's cached answer: Next.js's for metadata (S-9.6), else S-8.8's for the
     * answer's life (S-8.12), or for what is left of it (S-8.14, S-8.15).
     */
    private String cacheControl(RouteDefinition route, CachedResponse entry) {
        return cacheControl(
                route, entry, life(entry, route.settings()), Duration.between(entry.generated(), clock.now()));
    }

    /** The same, for an entry whose life and age the caller has already worked out. */
    private static String cacheControl(RouteDefinition route, CachedResponse entry, CacheLife life, Duration age) {
        if (route.metadata().isPresent()) {
            return MetadataKind.CACHE_CONTROL;
        }
        // An entry whose render used shorter lives, or that was marked stale, tells caches what is left of it.
        return entry.life().equals(CacheLife.FOREVER)
                ? route.settings().cacheControl()
                : RouteSettings.cacheControl(life.left(age));
    }

    /** How long an entry lives: its route's configured life, shortened by what its render used or chose (S-8.14). */
    private static CacheLife life(CachedResponse entry, RouteSettings settings) {
        return settings.life().shortest(entry.life());
    }

    /**
     * Whether a request is answered through the cache: a {@code GET}, {@code HEAD} or {@code QUERY} of a cached route
     * (S-8.1, S-18.4).
     */
    public static boolean caches(RouteDefinition route, String method) {
        return route.settings().cached() && (method.equals("GET") || method.equals("HEAD") || method.equals("QUERY"));
    }

    /**
     * An answer of the cache, and the end of the render's call behind it, to run once the answer was sent (for an
     * answer from the store, or a render this request shared, none).
     *
     * @param answer the answer
     * @param callEnd the end of the call that rendered it for this request
     */
    public record Served(Answer answer, CallEnd callEnd) {

        static Served stored(Answer answer) {
            return new Served(answer, CallEnd.NONE);
        }
    }

    /**
     * Answers a {@code GET}, {@code HEAD} or {@code QUERY} of a cached route: from the store, or rendered now.
     *
     * @param route the matched route
     * @param handler the handler chosen for the request: the {@code GET} handler or one of its variants, or the
     *     {@code QUERY} handler
     * @param params its param values
     * @param exchange the client's request; a {@code QUERY}'s body is read already ({@code body})
     * @param body a {@code QUERY}'s body, part of its key (S-18.4); {@code null} for a {@code GET}
     */
    public Served serve(RouteDefinition route, Handler handler, List<Object> params, Exchange exchange, byte[] body) {
        RouteSettings settings = route.settings();
        String pathKey = CacheKeys.of(route, params);
        String key = body == null
                ? CacheKeys.of(pathKey, handler)
                : CacheKeys.ofQuery(
                        CacheKeys.of(pathKey, handler),
                        exchange.header("Content-Type").orElse(""),
                        body);
        Optional<String> ifNoneMatch = exchange.header("If-None-Match");
        CachedResponse entry = store.get(key).orElse(null);
        if (entry != null && !entry.revalidated()) {
            CacheLife life = life(entry, settings);
            Duration age = Duration.between(entry.generated(), clock.now());
            if (life.fresh(age)) {
                return Served.stored(
                        CachedAnswers.answer(entry, "HIT", cacheControl(route, entry, life, age), ifNoneMatch));
            }
            // A QUERY's render needs its body, which only its request has: a stale one renders in the request.
            Optional<Executor> executor = body == null ? background.executor() : Optional.empty();
            if (!life.servable(age)) {
                entry = null; // expired (S-8.12): rendered again in this request, as a miss
            } else if (executor.isPresent()) {
                regenerateInBackground(executor.get(), route, handler, params, key, entry);
                return Served.stored(
                        CachedAnswers.answer(entry, "STALE", cacheControl(route, entry, life, age), ifNoneMatch));
            }
        }
        if (entry == null
                && !settings.dynamicParams()
                && route.path().isDynamic()
                && !listed.getOrDefault(route, Set.of()).contains(pathKey)) {
            return Served.stored(Answer.empty(404));
        }
        RequestGuard guard = new RequestGuard(policy(settings), route.path().declared(), true);
        long generation = revalidations.get();
        CachedAnswers.Outcome outcome = renderOnce(
                route, key, generation, () -> render(route, handler, params, key, guard, Optional.of(exchange)));
        try {
            return new Served(rendered(route, key, entry, outcome, generation, ifNoneMatch), outcome.callEnd());
        } catch (RuntimeException | Error e) {
            outcome.callEnd().end();
            throw e;
        }
    }

    /** The answer to a request after a render: the new entry, the previous one if the render failed, or the render. */
    private Answer rendered(
            RouteDefinition route,
            String key,
            CachedResponse previous,
            CachedAnswers.Outcome outcome,
            long generation,
            Optional<String> ifNoneMatch) {
        if (route.split() != null && outcome.answer().status() == 404) {
            return outcome.answer(); // an id the route does not list now: never stored, it may be listed later
        }
        if (outcome.entry().isPresent()) {
            if (!outcome.joined()) {
                store.put(key, unlessOvertaken(outcome.entry().get(), generation));
            }
            CachedResponse entry = outcome.entry().get();
            return CachedAnswers.answer(
                    entry, previous == null ? "MISS" : "REVALIDATED", cacheControl(route, entry), ifNoneMatch);
        }
        if (previous != null && outcome.answer().status() >= 500) {
            RuntimeMessages.renderAgainFailed(route.path().declared(), key, outcome.reason());
            return CachedAnswers.answer(previous, "STALE", cacheControl(route, previous), ifNoneMatch);
        }
        notStored(route, key, outcome);
        return outcome.answer();
    }

    /**
     * Renders a key once for all the requests that miss it at the same time (S-8.11): the first renders, the others
     * wait and take its entry. An answer that was not stored (built from one client's request data) is never
     * handed to another client: each of them then renders its own. Nor is a render that a revalidation overtook before
     * the request came (S-12.3): one on this server (the count of revalidations moved), or one on another server (the
     * store says so; asked only here, when a request would join a render).
     */
    private CachedAnswers.Outcome renderOnce(
            RouteDefinition route, String key, long generation, Supplier<CachedAnswers.Outcome> render) {
        CompletableFuture<CachedAnswers.Outcome> mine = new CompletableFuture<>();
        Rendering own = new Rendering(generation, clock.now(), mine);
        Rendering running = rendering.putIfAbsent(key, own);
        if (running != null) {
            // A render that started after every revalidation this request saw here (the same count, or a newer one) is
            // shared, unless another server revalidated since it started.
            if (running.generation() >= generation
                    && !store.revalidatedSince(
                            key, route.path().declared(), route.settings().tags(), running.started())) {
                try {
                    CachedAnswers.Outcome shared = running.outcome().join();
                    return shared.entry().isPresent() ? shared.shared() : render.get();
                } catch (CompletionException e) {
                    return render.get();
                }
            }
            // Overtaken: this request renders anew, and the requests after it share this render, not the old one.
            if (!rendering.replace(key, running, own)) {
                return render.get(); // another request overtook the same render at this moment and leads: render alone
            }
        }
        try {
            CachedAnswers.Outcome outcome = render.get();
            mine.complete(outcome);
            return outcome;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, own);
        }
    }

    /** A render in progress, the revalidation count when it started, and when it started. */
    private record Rendering(long generation, Instant started, CompletableFuture<CachedAnswers.Outcome> outcome) {}

    /** The count of revalidations so far, taken when a render or a cached method's call starts. */
    long generation() {
        return revalidations.get();
    }

    /** The build that entries rendered here come from (S-12.2). */
    String build() {
        return build;
    }

    /** The entry as rendered, or marked revalidated when a revalidation happened since the render started. */
    CachedResponse unlessOvertaken(CachedResponse entry, long generation) {
        return revalidations.get() == generation ? entry : entry.asRevalidated();
    }

    private CachedAnswers.Outcome render(
            RouteDefinition route,
            Handler handler,
            List<Object> params,
            String key,
            RequestGuard guard,
            Optional<Exchange> exchange) {
        String path = exchange.map(Exchange::contextPath).orElse(contextPath);
        // The answer is as old as the data its render read: a revalidation on another server while it rendered is
        // after its start, so the answer is revalidated by it (S-12.3).
        Instant started = clock.now();
        // The cached methods the render calls lend it their tags and lives (S-8.14).
        CacheScope scope = CacheScope.open();
        RouteRenderer.Rendered rendered;
        try {
            rendered = renderer.render(route, handler, params, CacheKeys.of(route, params), path, guard, exchange);
        } finally {
            scope.close();
        }
        // A QUERY's entry is never listed (S-18.4): its bodies are the client's, and listed entries are pinned.
        boolean pathListed = !handler.httpMethod().equals("QUERY")
                && listed.getOrDefault(route, Set.of()).contains(CacheKeys.of(route, params));
        try {
            return CachedAnswers.of(
                            rendered.answer(),
                            guard,
                            route.path().declared(),
                            scope.tags(route.settings().tags()),
                            scope.life(CacheLife.FOREVER),
                            started,
                            pathListed,
                            build)
                    .endedBy(rendered.callEnd());
        } catch (RuntimeException e) {
            rendered.callEnd().end();
            throw e;
        }
    }

    private boolean isStale(CachedResponse entry, RouteSettings settings) {
        return !life(entry, settings).fresh(Duration.between(entry.generated(), clock.now()));
    }

    /** Starts one regeneration of a stale entry, unless one runs or the entry was renewed meanwhile. */
    private void regenerateInBackground(
            Executor executor,
            RouteDefinition route,
            Handler handler,
            List<Object> params,
            String key,
            CachedResponse stale) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (regenerating.putIfAbsent(key, done) != null) {
            return;
        }
        // One regeneration in the cluster too (S-12.4): a shared store leases the key to one server.
        if (!store.lease(key, table.settings().cacheLease())) {
            regenerating.remove(key, done);
            return;
        }
        // An entry renewed after this request read it is put before its regeneration leaves the map and gives the
        // lease back: re-check.
        CachedResponse current = store.get(key).orElse(null);
        if (current != null && !current.generated().equals(stale.generated())) {
            store.release(key);
            regenerating.remove(key, done);
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    regenerate(route, handler, params, key);
                } finally {
                    store.release(key);
                    regenerating.remove(key, done);
                    done.complete(null);
                }
            });
        } catch (RejectedExecutionException e) {
            store.release(key);
            regenerating.remove(key, done);
            RuntimeMessages.regenerationRefused("Route " + route.path().declared(), key, e);
        }
    }

    private void regenerate(RouteDefinition route, Handler handler, List<Object> params, String key) {
        long generation = revalidations.get();
        CachedAnswers.Outcome outcome;
        try {
            outcome = background.inRequestContext(() -> renderWithoutRequest(route, handler, params, key));
        } catch (RuntimeException e) {
            RuntimeMessages.regenerationFailed("Route " + route.path().declared(), key, e);
            return;
        }
        if (outcome.entry().isPresent()) {
            store.put(key, unlessOvertaken(outcome.entry().get(), generation));
        } else {
            RuntimeMessages.regenerationNotCached(route.path().declared(), key, outcome.reason());
        }
    }

    /**
     * Renders one path of a route with no client request (startup, background), and ends the render's call at once:
     * no client gets this answer. The request context is active.
     */
    CachedAnswers.Outcome renderWithoutRequest(
            RouteDefinition route, Handler handler, List<Object> params, String key) {
        RequestGuard guard =
                new RequestGuard(policy(route.settings()), route.path().declared(), false);
        CachedAnswers.Outcome outcome = render(route, handler, params, key, guard, Optional.empty());
        outcome.callEnd().end();
        return outcome;
    }

    /** Remembers the application's context root, for the URL of renders without a request. */
    void contextPath(String path) {
        this.contextPath = path;
    }

    /** Remembers the params listed by a route's {@code @StaticParams}, for {@code dynamicParams = false}. */
    void listed(RouteDefinition route, Set<String> keys) {
        listed.put(route, Set.copyOf(keys));
    }

    private void notStored(RouteDefinition route, String key, CachedAnswers.Outcome outcome) {
        if (route.metadata().isPresent() && outcome.used().isPresent()) {
            return; // a metadata route that reads request data is dynamic, as in Next.js (S-9.6): nothing to say
        }
        if (warned.add(route.path().declared())) {
            String fix = outcome.used().isPresent()
                    ? "answers built from request data are never shared: make the route force-static (no request"
                            + " data) or force-dynamic (not cached)."
                    : "answers that set cookies, stream, fail or say Cache-Control: private or no-store are never"
                            + " stored: make the route force-dynamic if that is how it usually answers.";
            RuntimeMessages.notStored(route.path().declared(), key, outcome.reason(), fix);
        }
    }

    private static RequestGuard.Policy policy(RouteSettings settings) {
        return settings.dynamic() == Dynamic.FORCE_STATIC
                ? RequestGuard.Policy.BLANK
                : settings.dynamic() == Dynamic.ERROR ? RequestGuard.Policy.FORBID : RequestGuard.Policy.TRACK;
    }

    @Override
    public void revalidatePath(String path) {
        // A route's declared path revalidates all of it: every definition of a split route (its files and index).
        boolean declared = false;
        for (RouteDefinition route : table.routes()) {
            RoutePath config = route.configPath();
            if (config.declared().equals(path) || config.url().equals(path)) {
                revalidations.incrementAndGet();
                store.revalidate(new Revalidation.Route(route.path().declared()));
                declared = true;
            }
        }
        if (declared) {
            return;
        }
        if (!path.startsWith("/")) {
            throw new BadRequestException("revalidatePath(\"" + path + "\") needs a path that starts with '/'");
        }
        String raw = RouteTable.withoutTrailingSlash(path);
        SegmentTree.Match<RouteDefinition> match;
        try {
            match = table.lookup(raw);
        } catch (PercentDecoding.MalformedEscapeException e) {
            throw new BadRequestException("Malformed percent-escape in revalidatePath(\"" + path + "\")", e);
        }
        if (match == null || !match.value().settings().cached()) {
            return;
        }
        RouteDefinition route = match.value();
        List<Object> params = route.bind(match.params());
        if (params == null) {
            return;
        }
        revalidations.incrementAndGet();
        if (route.handlerFor("QUERY") != null) {
            // A QUERY's entries are keyed by bodies nobody can list: the whole route is revalidated (S-18.4).
            store.revalidate(new Revalidation.Route(route.path().declared()));
            return;
        }
        String pathKey = CacheKeys.of(route, params);
        for (Handler handler : route.variantsFor("GET")) {
            store.revalidate(new Revalidation.Key(CacheKeys.of(pathKey, handler)));
        }
    }

    @Override
    public void revalidateTag(String tag) {
        revalidations.incrementAndGet();
        store.revalidate(new Revalidation.Tag(tag));
    }

    @Override
    public void revalidateTag(String tag, String profile) {
        CacheLife life = profile("revalidateTag(\"" + tag + "\", \"" + profile + "\")", profile);
        revalidations.incrementAndGet(); // a render in progress read the data as it was: stored expired (S-8.11)
        store.markStale(new Revalidation.Tag(tag), clock.now(), life.expire());
    }

    @Override
    public void updateTag(String tag) {
        revalidateTag(tag);
    }

    @Override
    public void life(String profile) {
        CacheLife life = profile("life(\"" + profile + "\")", profile);
        CacheScope.current().ifPresent(scope -> scope.choose(life));
    }

    private CacheLife profile(String call, String name) {
        CacheLife life = table.settings().lifeProfiles().get(name);
        if (life == null) {
            throw new IllegalArgumentException(
                    "RouteCache." + call + ": no cache life profile is named \"" + name + "\"; the profiles are "
                            + new TreeSet<>(table.settings().lifeProfiles().keySet()) + ".");
        }
        return life;
    }

    @Override
    public void tag(String... tags) {
        List<String> named =
                Arrays.stream(tags).map(String::trim).filter(t -> !t.isEmpty()).toList();
        CacheScope.current().ifPresent(scope -> scope.tag(named));
    }
}
