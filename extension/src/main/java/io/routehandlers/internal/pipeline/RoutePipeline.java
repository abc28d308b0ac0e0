package io.routehandlers.internal.pipeline;

import io.routehandlers.RouteFilter;
import io.routehandlers.internal.cache.DraftCookies;
import io.routehandlers.internal.cache.ResponseCache;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.http.DotSegments;
import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.http.Version;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.scan.RouteFilters;
import io.routehandlers.internal.scan.RouteTable;
import io.routehandlers.internal.tree.SegmentTree;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one path of a request, whatever the adapter (the servlet filter, the in-process tester): resolve dot-segments
 * ({@code 400} for a path above the root), match the path ({@code 400} for a malformed escape), tell the server's
 * telemetry which route it is, and pass the request to the route's chain of steps ({@link RouteChain}), built once
 * per route when the pipeline starts (on a server, with the application).
 */
@ApplicationScoped
public class RoutePipeline {

    @Inject
    RouteTable table;

    @Inject
    HandlerInvoker invoker;

    @Inject
    ResponseCache cache;

    @Inject
    DraftCookies drafts;

    @Inject
    RouteFilters filters;

    @Inject
    BeanManager beanManager;

    private Map<RouteDefinition, Step> chains;
    private boolean problemDetails;
    private volatile Set<String> pages = Set.of();

    @PostConstruct
    void start() {
        problemDetails = table.settings().problemDetails();
        Roles roles = new Roles();
        RateLimiter limiter = new RateLimiter(
                cache.store(),
                invoker::now,
                table.settings().trustedProxies(),
                table.settings().rateLimiters());
        Step handler = new HandlerStep(invoker);
        Set<Version> supported = new TreeSet<>(table.settings().versioning().supported());
        table.routes()
                .forEach(route -> route.all().stream()
                        .map(h -> h.variant().version())
                        .filter(Objects::nonNull)
                        .forEach(supported::add));
        Map<Class<?>, AppliedFilter> references = new HashMap<>();
        Map<RouteDefinition, Step> map = new IdentityHashMap<>();
        for (RouteDefinition route : table.routes()) {
            RouteFilters.Selection selection = filters.of(route);
            Map<Handler, AppliedFilter[]> byHandler = new IdentityHashMap<>();
            selection.handlers().forEach((h, types) -> byHandler.put(h, applied(types, references)));
            RouteChain.Filters routeFilters =
                    new RouteChain.Filters(applied(selection.route(), references), byHandler, invoker);
            Step last = Preconditions.before(route, invoker, handler);
            Step answer = route.settings().cached() ? CacheStep.before(cache, last) : last;
            map.put(
                    route,
                    DraftStep.before(
                            drafts,
                            RouteChain.of(route, table.settings(), supported, roles, routeFilters, limiter, answer)));
        }
        chains = Collections.unmodifiableMap(map);
    }

    /** The filters of these bean classes, one contextual reference per class for the application's life. */
    private AppliedFilter[] applied(List<Class<?>> types, Map<Class<?>, AppliedFilter> references) {
        AppliedFilter[] applied = new AppliedFilter[types.size()];
        for (int i = 0; i < applied.length; i++) {
            applied[i] = references.computeIfAbsent(types.get(i), type -> {
                Bean<?> bean = beanManager.getBeans(RouteFilter.class, Any.Literal.INSTANCE).stream()
                        .filter(b -> b.getBeanClass() == type)
                        .findFirst()
                        .orElseThrow();
                return AppliedFilter.of(type, (RouteFilter)
                        beanManager.getReference(bean, RouteFilter.class, beanManager.createCreationalContext(bean)));
            });
        }
        return applied;
    }

    /** The URLs the application's own pages serve (static files, exact servlets), which dynamic routes leave alone. */
    public void pages(Set<String> urls) {
        this.pages = Set.copyOf(urls);
    }

    /**
     * Answers an exchange if a route matches its path.
     *
     * @return {@code false} when no route answers the path: the adapter passes the request on untouched
     */
    public boolean handle(Exchange client) throws IOException {
        Exchange exchange = problemDetails ? new Described(client, invoker) : client;
        RoutedRequest request = null;
        try {
            String path = DotSegments.remove(exchange.path());
            if (path == null) {
                exchange.send(Answer.empty(400));
                return true;
            }
            String routePath = RouteTable.withoutTrailingSlash(path);
            SegmentTree.Match<RouteDefinition> match;
            try {
                match = table.lookup(routePath);
            } catch (PercentDecoding.MalformedEscapeException e) {
                exchange.send(Answer.empty(400));
                return true;
            }
            // The WAR's own files and exact servlets win over dynamic routes, as public files do in Next.js. A match
            // has param values exactly when its route has dynamic segments.
            if (match == null || (!match.params().isEmpty() && (pages.contains(routePath) || pages.contains(path)))) {
                return false;
            }
            RouteDefinition route = match.value();
            request =
                    new RoutedRequest(exchange, route, routePath, routePath.length() != path.length(), match.params());
            exchange.routed(route.path().template());
            chains.get(route).handle(request);
        } catch (RuntimeException e) {
            RuntimeMessages.pipelineFailed(exchange.method(), exchange.path(), e);
            // Through the steps' wrappers, once there are any: a failure keeps the CORS headers.
            (request == null ? exchange : request.exchange()).sendFailure();
        }
        return true;
    }

    /**
     * An exchange whose extension's own error answers are problem details (S-15.5), with the request's path as
     * {@code instance}; the answers of the application pass as they are.
     */
    private static final class Described extends Reshaping {
        private final HandlerInvoker invoker;

        Described(Exchange exchange, HandlerInvoker invoker) {
            super(exchange);
            this.invoker = invoker;
        }

        /** The answer described; a {@code HEAD} answer keeps the headers and length of the body it leaves out. */
        @Override
        protected Answer reshape(Answer answer) {
            Answer described = invoker.described(answer, exchange.contextPath() + exchange.path());
            return described != answer && exchange.method().equals("HEAD") ? described.withoutBody() : described;
        }
    }
}
