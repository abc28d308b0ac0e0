package io.routehandlers.internal.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed route path.
 *
 * @param declared the path as written in {@code @Route}, groups included
 * @param segments the routable segments, groups removed
 * @param template the path as a template, {@code /items/{slug}}: static segments as they are, every param in braces,
 *     a catch-all too; OpenAPI documents (S-13.1) and telemetry (S-13.2) name routes this way
 */
public record RoutePath(String declared, List<Segment> segments, String template) {

    public RoutePath {
        segments = List.copyOf(segments);
    }

    /** A path whose template is derived from its segments, once. */
    public RoutePath(String declared, List<Segment> segments) {
        this(declared, segments, template(segments));
    }

    /** The URL shape with groups removed, such as {@code /items/[slug]}. */
    public String url() {
        return "/" + segments.stream().map(Segment::display).collect(Collectors.joining("/"));
    }

    /** The {@link #template()} of a list of segments, such as the first ones of a path. */
    public static String template(List<Segment> segments) {
        StringBuilder path = new StringBuilder();
        for (Segment segment : segments) {
            path.append('/').append(segment.paramName() == null ? segment.display() : "{" + segment.paramName() + "}");
        }
        return path.length() == 0 ? "/" : path.toString();
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
