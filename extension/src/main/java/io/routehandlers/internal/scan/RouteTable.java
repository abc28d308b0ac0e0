package io.routehandlers.internal.scan;

import io.routehandlers.internal.config.GlobalSettings;
import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.metadata.MetadataKind;
import io.routehandlers.internal.tree.SegmentTree;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The application's routes, frozen at deployment: the segment tree and the sorted route list. */
public final class RouteTable {

    private final SegmentTree<RouteDefinition> tree;
    private final List<RouteDefinition> routes;
    private final GlobalSettings settings;

    /** A table over a built tree and its routes, sorted by path then class, with the application's settings. */
    public RouteTable(SegmentTree<RouteDefinition> tree, List<RouteDefinition> routes, GlobalSettings settings) {
        this.tree = tree;
        this.routes = List.copyOf(routes);
        this.settings = settings;
    }

    /** The application-wide settings, resolved once at deployment. */
    public GlobalSettings settings() {
        return settings;
    }

    /**
     * A path without its trailing slash ({@code /} stays {@code /}): the path a route is looked up by, whether the
     * request then redirects (S-1.6) or not.
     */
    public static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The routes, sorted by URL then class. */
    public List<RouteDefinition> routes() {
        return routes;
    }

    /**
     * Finds the route for a raw (not decoded) path below the context root: see {@link SegmentTree#lookup(String)}.
     *
     * @param rawPath such as {@code /items/hello%20world}; no trailing slash except the root
     * @return the match, or {@code null} when no route answers (or a segment is empty)
     * @throws PercentDecoding.MalformedEscapeException when a segment has a malformed escape
     */
    public SegmentTree.Match<RouteDefinition> lookup(String rawPath) {
        return tree.lookup(rawPath);
    }

    /**
     * The route table as logged at startup (S-7.3), like {@code next build}: one line per route with its kind,
     * methods, revalidate and class.
     */
    public String describe() {
        int urlWidth = width(routes.stream().map(r -> r.path().url()).toList(), "Route (routehandlers)".length() - 2);
        List<String> methods = routes.stream()
                .map(r -> String.join(", ", new TreeSet<>(r.handlers().keySet())))
                .toList();
        int methodWidth = width(methods, "Methods".length());
        int revalidateWidth =
                width(routes.stream().map(r -> r.settings().revalidateText()).toList(), "Revalidate".length());
        List<String> access = routes.stream().map(RouteTable::access).toList();
        // The access column appears once some route uses a security annotation.
        int accessWidth = access.stream().allMatch(String::isEmpty) ? 0 : width(access, "Access".length());
        StringBuilder text = new StringBuilder(pad("Route (routehandlers)", urlWidth + 2))
                .append(pad("Methods", methodWidth))
                .append(accessWidth == 0 ? "Revalidate" : pad("Revalidate", revalidateWidth) + "Access");
        for (int i = 0; i < routes.size(); i++) {
            RouteDefinition route = routes.get(i);
            text.append('\n')
                    .append(kind(route))
                    .append(' ')
                    .append(pad(route.path().url(), urlWidth))
                    .append(pad(methods.get(i), methodWidth))
                    .append(pad(route.settings().revalidateText(), revalidateWidth));
            if (accessWidth > 0) {
                text.append(pad(access.get(i), accessWidth));
            }
            text.append(route.type().getName());
            route.metadata()
                    .ifPresent(
                            kind -> text.append(" (").append(kind(route, kind)).append(')'));
        }
        text.append("\n\n\u25cb (Static)   prerendered at startup, then served from the cache")
                .append("\n\u25cf (SSG)      prerendered for the params its @StaticParams method lists")
                .append("\n\u0192 (Dynamic)  rendered on demand (cached when it has a revalidate)");
        return text.toString();
    }

    /** {@code sitemap}, {@code sitemap index}, or {@code sitemap, /products/sitemap/<id>.xml} for a split route. */
    private static String kind(RouteDefinition route, MetadataKind kind) {
        Split split = route.split();
        if (split == null) {
            return kind.label();
        }
        return split.role() == Split.Role.INDEX ? kind.label() + " index" : kind.label() + ", " + split.childTemplate();
    }

    /** Who may call a route's handlers: {@code admin} when all agree, else per method ({@code DELETE admin}). */
    private static String access(RouteDefinition route) {
        Map<String, String> byMethod = new TreeMap<>();
        route.handlers()
                .forEach((method, handler) ->
                        byMethod.put(method, handler.access().describe()));
        if (new HashSet<>(byMethod.values()).size() == 1) {
            return byMethod.values().iterator().next();
        }
        return byMethod.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static char kind(RouteDefinition route) {
        boolean listed = route.staticParams() != null
                || (route.split() != null && route.split().role() == Split.Role.CHILD);
        if (route.settings().cached() && listed) {
            return '\u25cf';
        }
        return route.settings().cached() && !route.path().isDynamic() ? '\u25cb' : '\u0192';
    }

    private static int width(List<String> values, int minimum) {
        return Math.max(minimum, values.stream().mapToInt(String::length).max().orElse(0)) + 2;
    }

    private static String pad(String value, int width) {
        return value + " ".repeat(Math.max(1, width - value.length()));
    }
}
