package io.routehandlers.internal.tree;

import io.routehandlers.internal.http.PercentDecoding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable tree of route paths, one level per segment. Lookup walks at most one hash lookup and
 * two branch tests per segment, so its cost grows with the path's length, not the number of routes.
 * Precedence is structural: static, then {@code [x]}, then {@code [...x]}, then {@code [[...x]]},
 * with backtracking when a branch does not lead to a route.
 *
 * @param <T> what a route end holds
 */
public final class SegmentTree<T> {

    private static final Object[] NO_PARAMS = new Object[0];

    private final Node<T> root;
    private final int maxParams;

    private SegmentTree(Node<T> root, int maxParams) {
        this.root = root;
        this.maxParams = maxParams;
    }

    /**
     * A match: the route's value and its param values in path order ({@code String} for
     * {@code [x]}, {@code List<String>} for catch-alls).
     */
    public record Match<T>(T value, List<Object> params) {}

    /** Starts a tree. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * Finds the route for a raw path below the context root, such as {@code /items/hello%20world}. The path is split
     * on {@code /} first; each segment loses its servlet path parameters ({@code ;jsessionid=...}, S-3.3) and is
     * percent-decoded once, when it is examined. A static segment without escapes is matched in place, so a lookup
     * creates strings only for param values.
     *
     * @param path the raw path, starting with {@code /}; no trailing slash except the root
     * @return the match, or {@code null} when no route answers (or a segment is empty)
     * @throws PercentDecoding.MalformedEscapeException when an examined segment has a malformed escape
     */
    public Match<T> lookup(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return null;
        }
        Object[] values = maxParams == 0 ? NO_PARAMS : new Object[maxParams];
        boolean atRoot = path.length() == 1 || (path.charAt(1) == ';' && path.indexOf('/', 1) < 0);
        return find(root, path, atRoot ? path.length() + 1 : 1, values, 0);
    }

    private Match<T> find(Node<T> node, String path, int start, Object[] values, int count) {
        if (start > path.length()) {
            if (node.value != null) {
                return match(node.value, values, count);
            }
            if (node.optional != null) {
                values[count] = List.of();
                return match(node.optional.value, values, count + 1);
            }
            return null;
        }
        int end = path.indexOf('/', start);
        if (end < 0) {
            end = path.length();
        }
        int segmentEnd = segmentEnd(path, start, end);
        if (segmentEnd == start) {
            return null;
        }
        String decoded = escaped(path, start, segmentEnd)
                ? PercentDecoding.decodePathSegment(path.substring(start, segmentEnd))
                : null;
        Node<T> next = decoded == null ? node.statics.get(path, start, segmentEnd) : node.statics.get(decoded);
        if (next != null) {
            Match<T> m = find(next, path, end + 1, values, count);
            if (m != null) {
                return m;
            }
        }
        if (node.dynamic != null) {
            values[count] = decoded != null ? decoded : path.substring(start, segmentEnd);
            Match<T> m = find(node.dynamic, path, end + 1, values, count + 1);
            if (m != null) {
                return m;
            }
        }
        Node<T> rest = node.catchAll != null ? node.catchAll : node.optional;
        if (rest != null) {
            List<String> segments = rest(path, start);
            if (segments == null) {
                return null;
            }
            values[count] = segments;
            return match(rest.value, values, count + 1);
        }
        return null;
    }

    /** The decoded segments from {@code start} to the end of the path, or {@code null} when one is empty. */
    private static List<String> rest(String path, int start) {
        List<String> segments = new ArrayList<>();
        for (int from = start; from <= path.length(); ) {
            int end = path.indexOf('/', from);
            if (end < 0) {
                end = path.length();
            }
            int segmentEnd = segmentEnd(path, from, end);
            if (segmentEnd == from) {
                return null;
            }
            segments.add(PercentDecoding.decodePathSegment(path.substring(from, segmentEnd)));
            from = end + 1;
        }
        return List.copyOf(segments);
    }

    /** Where a segment's text ends: at its first {@code ;} (servlet path parameters) or at its end. */
    private static int segmentEnd(String path, int start, int end) {
        for (int i = start; i < end; i++) {
            if (path.charAt(i) == ';') {
                return i;
            }
        }
        return end;
    }

    private static boolean escaped(String path, int start, int end) {
        for (int i = start; i < end; i++) {
            if (path.charAt(i) == '%') {
                return true;
            }
        }
        return false;
    }

    private static <T> Match<T> match(T value, Object[] values, int count) {
        return new Match<>(value, count == 0 ? List.of() : List.of(Arrays.copyOf(values, count)));
    }

    /** Collects routes, reports conflicts and freezes the tree. */
    public static final class Builder<T> {
        private final Node<T> root = new Node<>(null);
        private final List<TreeConflict<T>> conflicts = new ArrayList<>();
        private int maxParams;

        /** Adds a route; a conflict with an earlier route is recorded and the route is left out. */
        public Builder<T> add(RoutePath path, T value) {
            Node<T> node = root;
            StringBuilder position = new StringBuilder();
            for (Segment segment : path.segments()) {
                position.append('/').append(segment.display());
                if (segment instanceof Segment.Static s) {
                    node = node.building.computeIfAbsent(s.value(), k -> new Node<>(value));
                    continue;
                }
                if (segment instanceof Segment.Dynamic d) {
                    if (node.dynamic == null) {
                        node.dynamic = new Node<>(value);
                        node.dynamicName = d.name();
                    } else if (!node.dynamicName.equals(d.name())) {
                        conflicts.add(new TreeConflict.ParamNames<>(
                                position.toString(), node.dynamicName, node.dynamic.owner, d.name(), value));
                        return this;
                    }
                    node = node.dynamic;
                } else if (segment instanceof Segment.CatchAll) {
                    if (node.optional != null) {
                        conflicts.add(new TreeConflict.CatchAllBesideOptional<>(
                                position.toString(), value, node.optional.value));
                        return this;
                    }
                    if (node.catchAll == null) {
                        node.catchAll = new Node<>(value);
                    }
                    endpoint(node.catchAll, path, value);
                    return this;
                } else {
                    if (node.catchAll != null) {
                        conflicts.add(new TreeConflict.CatchAllBesideOptional<>(
                                position.toString(), node.catchAll.value, value));
                        return this;
                    }
                    if (node.optional == null) {
                        node.optional = new Node<>(value);
                    }
                    endpoint(node.optional, path, value);
                    return this;
                }
            }
            endpoint(node, path, value);
            return this;
        }

        private void endpoint(Node<T> node, RoutePath path, T value) {
            if (node.value != null) {
                conflicts.add(new TreeConflict.SameUrl<>(path.url(), node.value, value));
            } else {
                node.value = value;
                maxParams = Math.max(maxParams, path.paramNames().size());
            }
        }

        /** The conflicts found so far, including optional catch-alls that shadow their parent route. */
        public List<TreeConflict<T>> conflicts() {
            List<TreeConflict<T>> all = new ArrayList<>(conflicts);
            shadowedParents(root, "", all);
            return List.copyOf(all);
        }

        private void shadowedParents(Node<T> node, String url, List<TreeConflict<T>> out) {
            if (node.value != null && node.optional != null && node.optional.value != null) {
                out.add(new TreeConflict.OptionalShadowsParent<>(
                        url.isEmpty() ? "/" : url, node.value, node.optional.value));
            }
            node.building.forEach((k, child) -> shadowedParents(child, url + "/" + k, out));
            if (node.dynamic != null) {
                shadowedParents(node.dynamic, url + "/[" + node.dynamicName + "]", out);
            }
        }

        /** Freezes the routes added without conflict into an immutable tree. */
        public SegmentTree<T> build() {
            return new SegmentTree<>(root.freeze(), maxParams);
        }
    }

    private static final class Node<T> {
        final T owner;
        Map<String, Node<T>> building = new HashMap<>();
        StaticChildren<Node<T>> statics;
        Node<T> dynamic;
        String dynamicName;
        Node<T> catchAll;
        Node<T> optional;
        T value;

        Node(T owner) {
            this.owner = owner;
        }

        Node<T> freeze() {
            Map<String, Node<T>> frozen = new HashMap<>();
            building.forEach((k, v) -> frozen.put(k, v.freeze()));
            Node<T> copy = new Node<>(owner);
            copy.statics = StaticChildren.of(frozen);
            copy.dynamic = dynamic == null ? null : dynamic.freeze();
            copy.dynamicName = dynamicName;
            copy.catchAll = catchAll;
            copy.optional = optional;
            copy.value = value;
            return copy;
        }
    }
}
