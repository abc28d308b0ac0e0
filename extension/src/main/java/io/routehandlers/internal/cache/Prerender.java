package io.routehandlers.internal.cache;

import io.routehandlers.Dynamic;
import io.routehandlers.internal.call.DynamicUsageException;
import io.routehandlers.internal.call.RouteTarget;
import io.routehandlers.internal.exchange.BackgroundExecutor;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.problems.RouteDeploymentException;
import io.routehandlers.internal.problems.RouteMessages;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.scan.RouteScanner;
import io.routehandlers.internal.scan.RouteTable;
import io.routehandlers.internal.scan.Split;
import io.routehandlers.internal.tree.Segment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Renders cached routes at startup (S-8.6): each cached route without dynamic segments, each params set its
 * {@code @StaticParams} method lists, and each file a split metadata route's {@code @SitemapIds} or {@code @ImageIds}
 * method lists (S-9.2, S-9.5), so the first request is a {@code HIT}. A {@code dynamic = "error"}
 * route that reads request data here, or a {@code @StaticParams} method that fails or lists wrong params, fails
 * the deployment (S-8.5). Called by the adapter as the application starts (the servlet adapter: after its page check).
 */
@ApplicationScoped
public class Prerender {

    private volatile boolean done;

    @Inject
    BackgroundExecutor background;

    @Inject
    RouteTable table;

    @Inject
    ResponseCache cache;

    @Inject
    BeanManager beanManager;

    /** Whether the web module started and its cached routes were prerendered (S-13.6). */
    public boolean done() {
        return done;
    }

    /**
     * Renders the cached routes of the application at {@code contextPath}; throws when any of them fails deployment.
     */
    public void prerender(String contextPath) {
        cache.contextPath(contextPath);
        List<DeploymentProblem> problems = new ArrayList<>();
        int rendered = 0;
        int kept = 0;
        for (RouteDefinition route : table.routes()) {
            if (!route.settings().cached() || route.handlerFor("GET") == null) {
                continue;
            }
            List<List<Object>> paths = new ArrayList<>();
            if (!route.path().isDynamic()) {
                paths.add(List.of());
            }
            if (route.staticParams() != null) {
                paths.addAll(staticParams(route, problems));
            }
            if (route.split() != null && route.split().role() == Split.Role.CHILD) {
                paths.addAll(ids(route, problems));
            }
            Set<String> keys = new LinkedHashSet<>();
            for (List<Object> params : paths) {
                keys.add(CacheKeys.of(route, params));
            }
            cache.listed(route, keys); // before rendering: the entries are stored as listed
            for (List<Object> params : paths) {
                for (Handler handler : route.variantsFor("GET")) {
                    int[] counts = prerender(route, handler, params, problems);
                    rendered += counts[0];
                    kept += counts[1];
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RouteDeploymentException(problems);
        }
        if (rendered > 0 || kept > 0) {
            RuntimeMessages.prerendered(rendered, kept);
        }
        done = true;
    }

    /**
     * Prerenders one answer of a path: one variant of its {@code GET} (S-18.1). A shared store may hold the cluster's
     * answer of this build (another server rendered it): kept, so a rolling restart changes no answer and no
     * {@code ETag} (S-12.2). A route whose render checks request data use ({@code dynamic = "error"}, S-8.5) renders
     * all the same, to fail the deployment, and stores nothing.
     *
     * @return {@code {1, 0}} when rendered, {@code {0, 1}} when kept, {@code {0, 0}} when neither
     */
    private int[] prerender(
            RouteDefinition route, Handler handler, List<Object> params, List<DeploymentProblem> problems) {
        String key = CacheKeys.of(CacheKeys.of(route, params), handler);
        boolean keep = cache.keeps(route, key);
        if (keep && route.settings().dynamic() != Dynamic.ERROR) {
            return new int[] {0, 1};
        }
        if (render(route, handler, params, key, !keep, problems)) {
            return keep ? new int[] {0, 1} : new int[] {1, 0};
        }
        return new int[] {0, 0};
    }

    /**
     * Renders one path at startup; stores its answer when {@code store} is set.
     *
     * @return whether it gave an answer to cache
     */
    private boolean render(
            RouteDefinition route,
            Handler handler,
            List<Object> params,
            String key,
            boolean store,
            List<DeploymentProblem> problems) {
        CachedAnswers.Outcome outcome =
                background.inRequestContext(() -> cache.renderWithoutRequest(route, handler, params, key));
        if (outcome.entry().isPresent()) {
            if (store) {
                cache.store().put(key, outcome.entry().get());
            }
            return true;
        }
        if (route.settings().dynamic() == Dynamic.ERROR && outcome.used().isPresent()) {
            problems.add(RouteMessages.dynamicError(new DynamicUsageException(
                                    route.path().declared(), outcome.used().get())
                            .getMessage()
                    + " (" + RouteDefinition.describe(route.type(), route.path()) + ", rendered at startup)"));
            return false;
        }
        if (route.metadata().isPresent() && outcome.used().isPresent()) {
            return false; // a metadata route that reads request data is dynamic (S-9.6): nothing to say
        }
        RuntimeMessages.prerenderNotCached(route.path().declared(), key, outcome.reason());
        return false;
    }

    /** The files a split route's ids method lists (its only param is the id), one params list each. */
    private List<List<Object>> ids(RouteDefinition route, List<DeploymentProblem> problems) {
        Method method = route.split().ids();
        String annotation = route.split().annotation();
        String signature = RouteScanner.signature(method);
        Consumer<String> problem = detail -> problems.add(RouteMessages.idsMethod(annotation, signature, detail));
        Object returned = call(route, method, problem);
        if (returned == null) {
            return List.of();
        }
        return Split.ids((Collection<?>) returned, problem).stream()
                .map(id -> List.<Object>of(id))
                .toList();
    }

    /** The params sets a route's {@code @StaticParams} method lists, in path order; problems for wrong ones. */
    private List<List<Object>> staticParams(RouteDefinition route, List<DeploymentProblem> problems) {
        Method method = route.staticParams();
        String signature = RouteScanner.signature(method);
        List<String> names = route.path().paramNames();
        Object returned =
                call(route, method, detail -> problems.add(RouteMessages.staticParamsValue(signature, detail, names)));
        if (returned == null) {
            return List.of();
        }
        List<List<Object>> all = new ArrayList<>();
        for (Object item : (Collection<?>) returned) {
            String problem = item instanceof Map<?, ?> map ? check(route, map) : "returned " + item + ", not a Map";
            if (problem != null) {
                problems.add(RouteMessages.staticParamsValue(signature, problem, names));
                continue;
            }
            Map<?, ?> map = (Map<?, ?>) item;
            List<Object> params = new ArrayList<>();
            for (String name : names) {
                Object value = map.get(name);
                params.add(value == null ? List.of() : value instanceof List<?> list ? List.copyOf(list) : value);
            }
            all.add(params);
        }
        return all;
    }

    /**
     * Calls a listing method of a route ({@code @StaticParams}, {@code @SitemapIds}, {@code @ImageIds}) on its bean.
     *
     * @return what it returned, or {@code null} after reporting that it threw, could not be called or returned null
     */
    private Object call(RouteDefinition route, Method method, Consumer<String> problem) {
        RouteTarget.Instance instance = null;
        try {
            if (!Modifier.isStatic(method.getModifiers())) {
                instance = new RouteTarget(beanManager, route.type()).acquire();
            }
            Object returned = method.invoke(instance == null ? null : instance.object());
            if (returned == null) {
                problem.accept("returned null");
            }
            return returned;
        } catch (InvocationTargetException e) {
            problem.accept("threw " + e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            problem.accept("could not be called: " + e);
        } finally {
            if (instance != null) {
                instance.destroy();
            }
        }
        return null;
    }

    /** What is wrong with one params map, or {@code null}. */
    private static String check(RouteDefinition route, Map<?, ?> map) {
        for (Object name : map.keySet()) {
            if (!(name instanceof String n) || route.path().param(n) == null) {
                return "returned " + map + ", whose key " + name + " is not a param of "
                        + route.path().declared();
            }
        }
        for (String name : route.path().paramNames()) {
            Segment segment = route.path().param(name);
            Object value = map.get(name);
            if (segment instanceof Segment.OptionalCatchAll && value == null) {
                continue;
            }
            boolean valid = segment.isCatchAll()
                    ? value instanceof List<?> list
                            && list.stream().allMatch(String.class::isInstance)
                            && (segment instanceof Segment.OptionalCatchAll || !list.isEmpty())
                    : value instanceof String text && !text.isEmpty();
            if (!valid) {
                return "returned " + map + ", whose " + name + " is "
                        + (value == null
                                ? "missing"
                                : "not a " + (segment.isCatchAll() ? "non-empty List<String>" : "non-empty String"));
            }
        }
        return null;
    }
}
