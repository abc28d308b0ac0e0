package io.routehandlers.internal.scan;

import io.routehandlers.FilterBinding;
import io.routehandlers.FilterPaths;
import io.routehandlers.internal.http.UriComponents;
import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.problems.RouteMessages;
import io.routehandlers.internal.tree.PathSyntax;
import io.routehandlers.internal.tree.PathSyntaxException;
import io.routehandlers.internal.tree.RoutePath;
import io.routehandlers.internal.tree.Segment;
import jakarta.annotation.Priority;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The application's route filters and the routes and handlers each runs for (S-15.1), decided once at deployment:
 * by the patterns of {@link FilterPaths}, matched against each route's path as a whole, and by the
 * {@link FilterBinding} annotations, matched against each handler's method and class.
 */
public final class RouteFilters {

    /** Jakarta REST's {@code Priorities.USER}: the priority of a filter without {@code @Priority}. */
    public static final int DEFAULT_PRIORITY = 5000;

    private final Map<RouteDefinition, Selection> selections;

    private RouteFilters(Map<RouteDefinition, Selection> selections) {
        this.selections = selections;
    }

    /** No filters. */
    public static RouteFilters none() {
        return new RouteFilters(Map.of());
    }

    /**
     * The filters of a route, in the order they run.
     *
     * @param route a route of the table
     * @return its filters; {@link Selection#NONE} when none runs for it
     */
    public Selection of(RouteDefinition route) {
        return selections.getOrDefault(route, Selection.NONE);
    }

    /**
     * The filters of one route.
     *
     * @param route the filters that run for all of its handlers, and are told of answers without a handler ({@code
     *     405}, a preflight)
     * @param handlers the filters of each handler, in order: the route's and those bound to the handler
     */
    public record Selection(List<Class<?>> route, Map<Handler, List<Class<?>>> handlers) {

        /** No filter runs. */
        public static final Selection NONE = new Selection(List.of(), Map.of());

        /** Whether any filter runs for the route. */
        public boolean any() {
            return handlers.values().stream().anyMatch(list -> !list.isEmpty());
        }
    }

    /**
     * Selects the filters of each route.
     *
     * @param filterClasses the bean classes that implement {@code RouteFilter}
     * @param table the routes
     * @param problems where the problems found go (a pattern that is not route syntax, or matches part of a route)
     */
    public static RouteFilters select(
            List<Class<?>> filterClasses, RouteTable table, List<DeploymentProblem> problems) {
        List<Filter> filters = new ArrayList<>();
        for (Class<?> type : filterClasses) {
            parse(type, problems).ifPresent(filters::add);
        }
        filters.sort(Comparator.comparingInt(Filter::priority)
                .thenComparing(f -> f.type().getName()));
        Map<RouteDefinition, Selection> selections = new IdentityHashMap<>();
        for (RouteDefinition route : table.routes()) {
            List<Filter> byPath = new ArrayList<>();
            for (Filter filter : filters) {
                if (filter.patterns().isEmpty()) {
                    byPath.add(filter);
                    continue;
                }
                if (coveredBy(filter.patterns(), route.path().segments())
                        || coveredBy(filter.patterns(), route.configPath().segments())) {
                    byPath.add(filter);
                    continue;
                }
                for (RoutePath pattern : filter.patterns()) {
                    if (servesSome(table, route, pattern.segments())) {
                        problems.add(RouteMessages.partialFilterPattern(
                                filter.type().getName(), pattern.declared(), route.describe()));
                    }
                }
            }
            if (byPath.isEmpty()) {
                continue;
            }
            List<Class<?>> routeLevel = new ArrayList<>();
            Map<Handler, List<Class<?>>> handlers = new IdentityHashMap<>();
            for (Filter filter : byPath) {
                if (bindings(route.type().getAnnotations()).containsAll(filter.bindings())) {
                    routeLevel.add(filter.type());
                }
            }
            for (Handler handler : route.all()) {
                List<Class<?>> selected = new ArrayList<>();
                for (Filter filter : byPath) {
                    if (bound(filter, route.type(), handler)) {
                        selected.add(filter.type());
                    }
                }
                handlers.put(handler, List.copyOf(selected));
            }
            Selection selection = new Selection(List.copyOf(routeLevel), handlers);
            if (selection.any()) {
                selections.put(route, selection);
            }
        }
        return new RouteFilters(selections);
    }

    /** A filter class: its priority, patterns and binding annotations. */
    private record Filter(
            Class<?> type, int priority, List<RoutePath> patterns, Set<Class<? extends Annotation>> bindings) {}

    private static Optional<Filter> parse(Class<?> type, List<DeploymentProblem> problems) {
        Priority priority = type.getAnnotation(Priority.class);
        List<RoutePath> patterns = new ArrayList<>();
        FilterPaths paths = type.getAnnotation(FilterPaths.class);
        boolean valid = true;
        if (paths != null) {
            if (paths.value().length == 0) {
                problems.add(RouteMessages.filterPattern(type.getName(), "", "it names no pattern"));
                valid = false;
            }
            for (String declared : paths.value()) {
                if (declared != null && declared.matches(".*/\\([^/]*\\)(/.*)?")) {
                    problems.add(RouteMessages.filterPattern(
                            type.getName(), declared, "it has a route group, which URLs do not show"));
                    valid = false;
                    continue;
                }
                try {
                    patterns.add(PathSyntax.parse(declared));
                } catch (PathSyntaxException e) {
                    problems.add(RouteMessages.filterPattern(
                            type.getName(),
                            declared,
                            e.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " in segment '" + e.segment()
                                    + "'"));
                    valid = false;
                }
            }
        }
        return valid
                ? Optional.of(new Filter(
                        type,
                        priority == null ? DEFAULT_PRIORITY : priority.value(),
                        List.copyOf(patterns),
                        bindings(type.getAnnotations())))
                : Optional.empty();
    }

    private static Set<Class<? extends Annotation>> bindings(Annotation[] annotations) {
        Set<Class<? extends Annotation>> bindings = new HashSet<>();
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().isAnnotationPresent(FilterBinding.class)) {
                bindings.add(annotation.annotationType());
            }
        }
        return bindings;
    }

    /** Whether a handler carries, on its method or its route's class, every binding annotation of a filter. */
    private static boolean bound(Filter filter, Class<?> routeType, Handler handler) {
        if (filter.bindings().isEmpty()) {
            return true;
        }
        Set<Class<? extends Annotation>> present = bindings(routeType.getAnnotations());
        present.addAll(bindings(handler.method().getAnnotations()));
        return present.containsAll(filter.bindings());
    }

    /**
     * Whether some patterns together match every URL a route's segments serve: one of them all, or, for a route that
     * ends in a catch-all, one its URLs without the catch-all's segments and one the others (the patterns
     * {@code /admin} and {@code /admin/[...rest]} for a route {@code /admin/[[...all]]}).
     */
    private static boolean coveredBy(List<RoutePath> patterns, List<Segment> route) {
        if (patterns.stream().anyMatch(p -> covers(p.segments(), route))) {
            return true;
        }
        List<Segment> normalized = normalized(route);
        if (normalized.isEmpty() || !(normalized.get(normalized.size() - 1) instanceof Segment.OptionalCatchAll all)) {
            return false;
        }
        List<Segment> without = normalized.subList(0, normalized.size() - 1);
        List<Segment> longer = new ArrayList<>(without);
        longer.add(new Segment.CatchAll(all.name()));
        return patterns.stream().anyMatch(p -> covers(p.segments(), without))
                && patterns.stream().anyMatch(p -> covers(p.segments(), longer));
    }

    /**
     * Whether a pattern matches every URL a route's segments serve. A catch-all is one segment and an optional
     * catch-all, so that only static segments, single dynamic ones and a last optional catch-all are compared.
     */
    static boolean covers(List<Segment> pattern, List<Segment> route) {
        return covers(normalized(pattern), 0, normalized(route), 0);
    }

    private static boolean covers(List<Segment> pattern, int i, List<Segment> route, int j) {
        if (i == pattern.size()) {
            return j == route.size();
        }
        Segment p = pattern.get(i);
        if (p instanceof Segment.OptionalCatchAll) {
            return true;
        }
        if (j == route.size() || route.get(j) instanceof Segment.OptionalCatchAll) {
            return false; // the route serves a URL that ends here, the pattern needs one more segment
        }
        Segment r = route.get(j);
        if (p instanceof Segment.Static s
                && !(r instanceof Segment.Static t && t.value().equals(s.value()))) {
            return false;
        }
        return covers(pattern, i + 1, route, j + 1);
    }

    /**
     * Whether a route serves some URL a pattern matches that it does not cover: a URL of both, which no route of
     * higher precedence takes (a static {@code /shop/guarded} beside {@code /shop/[kind]} takes its URL). Each
     * dynamic segment of a witness URL is {@value #WITNESS}, which no route's static segment can be (a segment
     * starting with {@code _} is private), so a witness reaches the route exactly when some URL of its kind does.
     */
    static boolean servesSome(RouteTable table, RouteDefinition route, List<Segment> pattern) {
        List<String> witnesses = new ArrayList<>();
        witnesses(normalized(pattern), 0, normalized(route.path().segments()), 0, new ArrayList<>(), witnesses);
        for (String witness : witnesses) {
            var match = table.lookup(witness);
            if (match != null && match.value() == route) {
                return true;
            }
        }
        return false;
    }

    private static final String WITNESS = "_rh";
    private static final int MAX_WITNESSES = 32;

    /** Adds URLs that both a pattern and a route match, one per kind (lengths, statics) up to a bound. */
    private static void witnesses(
            List<Segment> pattern, int i, List<Segment> route, int j, List<String> prefix, List<String> out) {
        if (out.size() >= MAX_WITNESSES) {
            return;
        }
        boolean patternEnds = i == pattern.size();
        boolean routeEnds = j == route.size();
        Segment p = patternEnds ? null : pattern.get(i);
        Segment r = routeEnds ? null : route.get(j);
        if (patternEnds && routeEnds) {
            out.add("/" + String.join("/", prefix));
        } else if (p instanceof Segment.OptionalCatchAll || r instanceof Segment.OptionalCatchAll) {
            boolean patternOpen = p instanceof Segment.OptionalCatchAll;
            boolean routeOpen = r instanceof Segment.OptionalCatchAll;
            if (patternOpen && routeOpen) {
                out.add("/" + String.join("/", prefix));
                out.add("/" + String.join("/", with(prefix, WITNESS)));
                out.add("/" + String.join("/", with(with(prefix, WITNESS), WITNESS)));
            } else if (patternOpen) {
                if (routeEnds) {
                    out.add("/" + String.join("/", prefix));
                } else {
                    witnesses(pattern, i, route, j + 1, with(prefix, value(r)), out);
                }
            } else if (patternEnds) {
                out.add("/" + String.join("/", prefix));
            } else {
                witnesses(pattern, i + 1, route, j, with(prefix, value(p)), out);
            }
        } else if (!patternEnds && !routeEnds) {
            if (p instanceof Segment.Static a && r instanceof Segment.Static b) {
                if (a.value().equals(b.value())) {
                    witnesses(pattern, i + 1, route, j + 1, with(prefix, a.value()), out);
                }
            } else {
                String value = p instanceof Segment.Static a ? a.value() : value(r);
                witnesses(pattern, i + 1, route, j + 1, with(prefix, value), out);
            }
        }
    }

    private static String value(Segment segment) {
        return segment instanceof Segment.Static s ? UriComponents.encode(s.value()) : WITNESS;
    }

    private static List<String> with(List<String> prefix, String segment) {
        List<String> longer = new ArrayList<>(prefix);
        longer.add(segment);
        return longer;
    }

    private static List<Segment> normalized(List<Segment> segments) {
        List<Segment> out = new ArrayList<>(segments.size() + 1);
        for (Segment segment : segments) {
            if (segment instanceof Segment.CatchAll all) {
                out.add(new Segment.Dynamic(all.name()));
                out.add(new Segment.OptionalCatchAll(all.name()));
            } else {
                out.add(segment);
            }
        }
        return out;
    }
}
