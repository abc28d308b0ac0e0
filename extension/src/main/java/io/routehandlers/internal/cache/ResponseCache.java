package io.routehandlers.internal.cache;

import io.routehandlers.Dynamic;
import io.routehandlers.RouteCache;
import io.routehandlers.internal.RouteTable;
import io.routehandlers.internal.config.ConfigLookup;
import io.routehandlers.internal.config.RouteSettings;
import io.routehandlers.internal.config.RouteSettingsResolver;
import io.routehandlers.internal.dispatch.RouteDispatcher;
import io.routehandlers.internal.dispatch.RouteExchange;
import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.http.RequestGuard;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.tree.SegmentTree;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The cache of route answers (S-8): serves {@code GET} and {@code HEAD} of cached routes from the store,
 * renders misses and on-demand revalidations in the request, regenerates stale answers once in the
 * background (stale-while-revalidate, on the server's managed executor), and answers {@link RouteCache}.
 */
@ApplicationScoped
public class ResponseCache implements RouteCache {

    private static final Logger LOG = Logger.getLogger("io.routehandlers");

    /** The default managed executor every Jakarta EE 10 server with Concurrency provides. */
    static final String EXECUTOR = "java:comp/DefaultManagedExecutorService";

    @Inject
    RouteTable table;

    @Inject
    RouteDispatcher dispatcher;

    @Inject
    Instance<ResponseCacheStore> applicationStores;

    @Inject
    Instance<RequestContextController> requestContexts;

    private ResponseCacheStore store;
    private Executor executor;
    private final Map<String, CompletableFuture<Void>> regenerating = new ConcurrentHashMap<>();
    private final Map<RouteDefinition, Set<String>> listed = new ConcurrentHashMap<>();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void start() {
        if (applicationStores.isResolvable()) {
            store = applicationStores.get();
        } else {
            long maxBytes = new RouteSettingsResolver(ConfigLookup.of(ConfigProvider.getConfig()), new ArrayList<>())
                    .maxBytes();
            store = new InMemoryResponseCacheStore(maxBytes);
        }
        executor = lookupExecutor();
    }

    private Executor lookupExecutor() {
        boolean needed = table.routes().stream()
                .anyMatch(r -> r.settings().cached() && r.settings().expires());
        if (!needed) {
            return null;
        }
        try {
            return (ManagedExecutorService) new InitialContext().lookup(EXECUTOR);
        } catch (NamingException | ClassCastException | NoClassDefFoundError e) {
            LOG.warning(() -> "No Jakarta Concurrency executor at " + EXECUTOR + " (" + e
                    + "): stale answers of revalidate routes are regenerated in the request that finds them. "
                    + "Enable Jakarta Concurrency (Open Liberty: feature concurrent-3.0).");
            return null;
        }
    }

    /** The store in use: the application's {@link ResponseCacheStore} bean, or the in-memory one. */
    public ResponseCacheStore store() {
        return store;
    }

    /** Whether a request is answered through the cache: a {@code GET} or {@code HEAD} of a cached route. */
    public static boolean caches(RouteDefinition route, String method) {
        return route.settings().cached() && (method.equals("GET") || method.equals("HEAD"));
    }

    /**
     * Answers a {@code GET} or {@code HEAD} of a cached route.
     *
     * @return {@code null} when the answer was written; otherwise an answer that was not stored, to write as
     *         the answer of an uncached route
     */
    public Response serve(HttpServletRequest request, HttpServletResponse response, RouteExchange exchange)
            throws IOException {
        RouteDefinition route = exchange.route();
        RouteSettings settings = route.settings();
        String key = CacheKeys.of(route.path(), exchange.params());
        CachedResponse entry = store.get(key).orElse(null);
        if (entry != null && !entry.revalidated()) {
            if (!isStale(entry, settings)) {
                CacheWriter.write(entry, "HIT", settings, request, response);
                return null;
            }
            if (executor != null) {
                regenerateInBackground(route, exchange.params(), key, request.getContextPath(), entry);
                CacheWriter.write(entry, "STALE", settings, request, response);
                return null;
            }
        }
        if (entry == null
                && !settings.dynamicParams()
                && route.path().isDynamic()
                && !listed.getOrDefault(route, Set.of()).contains(key)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentLength(0);
            return null;
        }
        RouteExchange canonical = new RouteExchange(
                route, exchange.params(), key, request.getContextPath() + key, exchange.queryString());
        RequestGuard guard = new RequestGuard(policy(settings), route.path().declared(), true);
        CachedAnswers.Outcome outcome = CachedAnswers.of(
                dispatcher.render(request, canonical, guard),
                guard,
                route.path().declared(),
                settings.tags());
        if (outcome.entry().isPresent()) {
            store.put(key, outcome.entry().get());
            CacheWriter.write(
                    outcome.entry().get(), entry == null ? "MISS" : "REVALIDATED", settings, request, response);
            return null;
        }
        if (entry != null && outcome.answer().getStatus() >= 500) {
            LOG.warning(() -> "Route " + route.path().declared() + ": rendering " + key + " again failed ("
                    + outcome.reason() + "); serving the previous answer");
            CacheWriter.write(entry, "STALE", settings, request, response);
            return null;
        }
        notStored(route, key, outcome);
        return outcome.answer();
    }

    private static boolean isStale(CachedResponse entry, RouteSettings settings) {
        return settings.expires()
                && System.currentTimeMillis() - entry.generated().toEpochMilli() >= settings.revalidate() * 1000;
    }

    /** Starts one regeneration of a stale entry, unless one runs or the entry was renewed meanwhile. */
    private void regenerateInBackground(
            RouteDefinition route, List<Object> params, String key, String contextPath, CachedResponse stale) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (regenerating.putIfAbsent(key, done) != null) {
            return;
        }
        // An entry renewed after this request read it is put before its regeneration leaves the map: re-check.
        CachedResponse current = store.get(key).orElse(null);
        if (current != null && !current.generated().equals(stale.generated())) {
            regenerating.remove(key, done);
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    regenerate(route, params, key, contextPath);
                } finally {
                    regenerating.remove(key, done);
                    done.complete(null);
                }
            });
        } catch (RejectedExecutionException e) {
            regenerating.remove(key, done);
            LOG.warning(() ->
                    "Route " + route.path().declared() + ": the executor refused to regenerate " + key + ": " + e);
        }
    }

    private void regenerate(RouteDefinition route, List<Object> params, String key, String contextPath) {
        CachedAnswers.Outcome outcome;
        try {
            outcome = inRequestContext(() -> renderWithoutRequest(route, params, key, contextPath));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    e,
                    () -> "Route " + route.path().declared() + ": regenerating " + key
                            + " failed; serving the previous answer");
            return;
        }
        if (outcome.entry().isPresent()) {
            store.put(key, outcome.entry().get());
        } else {
            LOG.warning(() -> "Route " + route.path().declared() + ": regenerating " + key
                    + " gave no answer to cache (" + outcome.reason() + "); serving the previous answer");
        }
    }

    /** Renders one path of a route with no client request (startup, background). The request context is active. */
    CachedAnswers.Outcome renderWithoutRequest(
            RouteDefinition route, List<Object> params, String key, String contextPath) {
        RouteSettings settings = route.settings();
        RouteExchange exchange = new RouteExchange(route, params, key, contextPath + key, null);
        RequestGuard guard = new RequestGuard(policy(settings), route.path().declared(), false);
        Response answer = dispatcher.render(null, exchange, guard);
        return CachedAnswers.of(answer, guard, route.path().declared(), settings.tags());
    }

    /** Runs work with an active request context, as the stores and request-scoped beans need one. */
    <T> T inRequestContext(Supplier<T> work) {
        RequestContextController controller = requestContexts.get();
        boolean activated = controller.activate();
        try {
            return work.get();
        } finally {
            if (activated) {
                controller.deactivate();
            }
            requestContexts.destroy(controller);
        }
    }

    /** Remembers the params listed by a route's {@code @StaticParams}, for {@code dynamicParams = false}. */
    void listed(RouteDefinition route, Set<String> keys) {
        listed.put(route, Set.copyOf(keys));
    }

    private void notStored(RouteDefinition route, String key, CachedAnswers.Outcome outcome) {
        if (warned.add(route.path().declared())) {
            String advice = outcome.used().isPresent()
                    ? " Answers built from request data are never shared: make the route force-static (no request "
                            + "data) or force-dynamic (not cached)."
                    : "";
            LOG.warning(() -> "Route " + route.path().declared() + " is cached, but its answer for " + key
                    + " was not stored because " + outcome.reason() + "." + advice + " Logged once per route.");
        }
    }

    private static RequestGuard.Policy policy(RouteSettings settings) {
        return settings.dynamic() == Dynamic.FORCE_STATIC
                ? RequestGuard.Policy.BLANK
                : settings.dynamic() == Dynamic.ERROR ? RequestGuard.Policy.FORBID : RequestGuard.Policy.TRACK;
    }

    @Override
    public void revalidatePath(String path) {
        for (RouteDefinition route : table.routes()) {
            if (route.path().declared().equals(path) || route.path().url().equals(path)) {
                store.revalidate(new Revalidation.Route(route.path().declared()));
                return;
            }
        }
        String raw = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        SegmentTree.Match<RouteDefinition> match;
        try {
            match = table.lookup(raw);
        } catch (PercentDecoding.MalformedEscapeException e) {
            throw new IllegalArgumentException("Malformed percent-escape in revalidatePath(\"" + path + "\")", e);
        }
        if (match != null && match.value().settings().cached()) {
            store.revalidate(new Revalidation.Key(CacheKeys.of(match.value().path(), match.params())));
        }
    }

    @Override
    public void revalidateTag(String tag) {
        store.revalidate(new Revalidation.Tag(tag));
    }
}
