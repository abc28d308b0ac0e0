package io.routehandlers.internal;

import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.tree.SegmentTree;
import java.util.List;

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

    /** The route table as logged at startup, one line per route with its kind and methods. */
    public String describe() {
        StringBuilder text = new StringBuilder("Route (routehandlers)");
        int width = routes.stream().mapToInt(r -> r.path().url().length()).max().orElse(0) + 4;
        for (RouteDefinition route : routes) {
            String url = route.path().url();
            text.append("\n").append(route.path().isDynamic() ? "\u0192 " : "\u25cb ").append(url)
                    .append(" ".repeat(Math.max(1, width - url.length())))
                    .append(String.join(", ", new java.util.TreeSet<>(route.handlers().keySet())))
                    .append("  ").append(route.type().getName());
        }
        text.append("\n\n\u25cb (Static)   no dynamic segments\n\u0192 (Dynamic)  has dynamic segments");
        return text.toString();
    }
}
