package io.routehandlers.internal.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed route path.
 *
 * @param declared the path as written in {@code @Route}, groups included
 * @param segments the routable segments, groups removed
 */
public record RoutePath(String declared, List<Segment> segments) {

    public RoutePath {
        segments = List.copyOf(segments);
    }

    /** The URL shape with groups removed, such as {@code /items/[slug]}. */
    public String url() {
        return "/" + segments.stream().map(Segment::display).collect(Collectors.joining("/"));
    }

    /** The param names in path order. */
    public List<String> paramNames() {
        List<String> names = new ArrayList<>();
        for (Segment s : segments) {
            if (s.paramName() != null) {
                names.add(s.paramName());
            }
        }
        return names;
    }

    /** The segment that declares {@code name}, or {@code null}. */
    public Segment param(String name) {
        for (Segment s : segments) {
            if (name.equals(s.paramName())) {
                return s;
            }
        }
        return null;
    }

    /** Whether the path has any dynamic segment. */
    public boolean isDynamic() {
        return segments.stream().anyMatch(s -> s.paramName() != null);
    }
}
