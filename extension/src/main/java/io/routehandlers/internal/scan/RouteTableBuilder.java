package io.routehandlers.internal.scan;

import io.routehandlers.ConcurrencyLimit;
import io.routehandlers.RateLimit;
import io.routehandlers.Route;
import io.routehandlers.internal.config.ConfigLookup;
import io.routehandlers.internal.config.RouteSettingsResolver;
import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.problems.RouteMessages;
import io.routehandlers.internal.tree.SegmentTree;
import io.routehandlers.internal.tree.TreeConflict;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validates every route class and builds the application's {@link RouteTable}, collecting all problems
 * rather than stopping at the first.
 */
public final class RouteTableBuilder {

    private RouteTableBuilder() {}

    /**
     * The handler of a method whose annotations give the method's limits: the one variant that has
     * {@code @RateLimit} or {@code @ConcurrencyLimit}, else the first; two such variants are a problem (RH-054).
     */
    private static Method limited(
            RouteDefinition route, String httpMethod, List<Handler> handlers, List<DeploymentProblem> problems) {
        Handler found = null;
        for (Handler handler : handlers) {
            for (Class<? extends Annotation> limit : List.of(RateLimit.class, ConcurrencyLimit.class)) {
                if (!handler.method().isAnnotationPresent(limit)) {
                    continue;
                }
                if (found != null && found != handler) {
                    problems.add(RouteMessages.limitOnVariants(
                            "@" + limit.getSimpleName(),
                            httpMethod,
                            route.describe(),
                            found.signature(),
                            handler.signature()));
                } else {
                    found = handler;
                }
            }
        }
        return (found == null ? handlers.get(0) : found).method();
    }

    /**
     * The table and the problems found while building it.
     *
     * @param table the routes that have no problem
     * @param problems every problem, in route order; deployment must fail when not empty
     */
    public record Result(RouteTable table, List<DeploymentProblem> problems) {}

    /** Scans, validates and arranges the given {@code @Route} classes, with no configuration. */
    public static Result build(Collection<Class<?>> routeClasses) {
        return build(routeClasses, ConfigLookup.of(Map.of(), "none"));
    }

    /** Scans, validates and arranges the given {@code @Route} classes, resolving their config (S-8.2). */
    public static Result build(Collection<Class<?>> routeClasses, ConfigLookup config) {
        return build(routeClasses, config, true);
    }

    /**
     * Builds the table of some route classes.
     *
     * @param routeClasses the route classes
     * @param config the configuration
     * @param wholeApplication whether these are all of the application's routes; when not (a test's), a key of a
     *     route that is not among them is no problem
     * @return the table and the problems found
     */
    public static Result build(Collection<Class<?>> routeClasses, ConfigLookup config, boolean wholeApplication) {
        List<Class<?>> sorted = new ArrayList<>(routeClasses);
        sorted.sort(Comparator.comparing(
                        (Class<?> c) -> c.getAnnotation(Route.class).value())
                .thenComparing(Class::getName));
        List<DeploymentProblem> problems = new ArrayList<>();
        List<RouteDefinition> routes = new ArrayList<>();
        SegmentTree.Builder<RouteDefinition> tree = SegmentTree.builder();
        RouteSettingsResolver settings = new RouteSettingsResolver(config, problems);
        List<String> declared = new ArrayList<>();
        for (Class<?> type : sorted) {
            declared.add(type.getAnnotation(Route.class).value());
            RouteScanner.scan(type, problems).ifPresent(scanned -> {
                Map<String, Method> methods = new TreeMap<>();
                scanned.variants()
                        .forEach((httpMethod, handlers) ->
                                methods.put(httpMethod, limited(scanned, httpMethod, handlers, problems)));
                RouteDefinition route = scanned.withSettings(settings.resolve(
                        type,
                        methods,
                        scanned.configPath().declared(),
                        scanned.describe(),
                        scanned.staticParams() != null || scanned.metadata().isPresent()));
                List<Handler> cachedHandlers = new ArrayList<>(route.variantsFor("GET"));
                cachedHandlers.addAll(route.variantsFor("QUERY"));
                for (Handler cachedHandler : cachedHandlers) {
                    if (route.settings().cached() && cachedHandler.access().restricted()) {
                        problems.add(RouteMessages.cachedAndProtected(
                                route.describe(),
                                cachedHandler.signature(),
                                cachedHandler.access().describe()));
                    }
                }
                if (route.settings().cached() && route.entityTag() != null) {
                    problems.add(RouteMessages.entityTagMethod(
                            route.entityTag().signature(),
                            "is on a cached route, whose GET answers carry the cache's own ETag, which If-Match would"
                                    + " never name: make the route dynamic (force-dynamic)"));
                }
                routes.add(route);
                tree.add(route.path(), route);
                route.index().ifPresent(index -> {
                    if (settings.global().metadataBaseUrl().isEmpty()) {
                        problems.add(
                                RouteMessages.noMetadataBaseUrl(RouteDefinition.describe(type, route.configPath())));
                    }
                    routes.add(index);
                    tree.add(index.path(), index);
                });
            });
        }
        settings.checkKeys(declared, wholeApplication);
        for (TreeConflict<RouteDefinition> conflict : tree.conflicts()) {
            problems.add(message(conflict));
        }
        routes.sort(Comparator.comparing((RouteDefinition r) -> r.path().url())
                .thenComparing(r -> r.type().getName()));
        return new Result(new RouteTable(tree.build(), routes, settings.global()), List.copyOf(problems));
    }

    private static DeploymentProblem message(TreeConflict<RouteDefinition> conflict) {
        if (conflict instanceof TreeConflict.SameUrl<RouteDefinition> c) {
            return RouteMessages.sameUrl(
                    c.url(), c.first().describe(), c.second().describe());
        }
        if (conflict instanceof TreeConflict.ParamNames<RouteDefinition> c) {
            return RouteMessages.paramNames(
                    c.position(),
                    c.firstName(),
                    c.first().describe(),
                    c.secondName(),
                    c.second().describe());
        }
        if (conflict instanceof TreeConflict.CatchAllBesideOptional<RouteDefinition> c) {
            return RouteMessages.catchAllBesideOptional(
                    c.position(), c.catchAll().describe(), c.optional().describe());
        }
        TreeConflict.OptionalShadowsParent<RouteDefinition> c =
                (TreeConflict.OptionalShadowsParent<RouteDefinition>) conflict;
        return RouteMessages.optionalShadowsParent(
                c.url(), c.parent().describe(), c.optional().describe());
    }
}
