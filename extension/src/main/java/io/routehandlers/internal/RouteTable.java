package io.routehandlers.internal;

import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.tree.SegmentTree;
import java.util.List;
import java.util.TreeSet;

/** The application's routes, frozen at deployment: the segment tree and the sorted route list. */
public final class RouteTable {

    private static final String[] ROOT = new String[0];

    private final SegmentTree<RouteDefinition> tree;
    private final List<RouteDefinition> routes;

    /** A table over a built tree and its routes, sorted by path then class. */
    public RouteTable(SegmentTree<RouteDefinition> tree, List<RouteDefinition> routes) {
        this.tree = tree;
        this.routes = List.copyOf(routes);
    }

    /** The routes, sorted by URL then class. */
    public List<RouteDefinition> routes() {
        return routes;
    }

    /**
     * Finds the route for a raw (not decoded) path below the context root. The path is split on
     * {@code /} first, then each segment is percent-decoded once.
     *
     * @param rawPath such as {@code /items/hello%20world}; no trailing slash except the root
     * @return the match, or {@code null} when no route answers (or a segment is empty)
     * @throws PercentDecoding.MalformedEscapeException when a segment has a malformed escape
     */
    public SegmentTree.Match<RouteDefinition> lookup(String rawPath) {
        String[] segments = split(rawPath);
        return segments == null ? null : tree.lookup(segments);
    }

    private static String[] split(String rawPath) {
        if (rawPath.length() <= 1) {
            return rawPath.equals("/") ? ROOT : null;
        }
        int count = 1;
        for (int i = 1; i < rawPath.length(); i++) {
            if (rawPath.charAt(i) == '/') {
                count++;
            }
        }
        String[] segments = new String[count];
        int start = 1;
        for (int n = 0; n < count; n++) {
            int end = rawPath.indexOf('/', start);
            if (end < 0) {
                end = rawPath.length();
            }
            if (end == start) {
                return null;
            }
            segments[n] = PercentDecoding.decodePathSegment(rawPath.substring(start, end));
            start = end + 1;
        }
        return segments;
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
        StringBuilder text = new StringBuilder(pad("Route (routehandlers)", urlWidth + 2))
                .append(pad("Methods", methodWidth))
                .append("Revalidate");
        for (int i = 0; i < routes.size(); i++) {
            RouteDefinition route = routes.get(i);
            text.append('\n')
                    .append(kind(route))
                    .append(' ')
                    .append(pad(route.path().url(), urlWidth))
                    .append(pad(methods.get(i), methodWidth))
                    .append(pad(route.settings().revalidateText(), revalidateWidth))
                    .append(route.type().getName());
        }
        text.append("\n\n\u25cb (Static)   prerendered at startup, then served from the cache")
                .append("\n\u25cf (SSG)      prerendered for the params its @StaticParams method lists")
                .append("\n\u0192 (Dynamic)  rendered on demand (cached when it has a revalidate)");
        return text.toString();
    }

    private static char kind(RouteDefinition route) {
        if (route.settings().cached() && route.staticParams() != null) {
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
