package io.routehandlers.internal.scan;

import io.routehandlers.internal.http.UriComponents;
import io.routehandlers.internal.metadata.MetadataKind;
import io.routehandlers.internal.tree.RoutePath;
import io.routehandlers.internal.tree.Segment;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A metadata route served as several files by id (S-9.2, S-9.5): {@code /products/sitemap.xml} with a
 * {@code @SitemapIds} method serves {@code /products/sitemap/<id>.xml}, and its own URL serves the index. The files
 * are one route definition at {@code /products/sitemap/[id]} (its role {@link Role#CHILD}); a sitemap's index is a
 * second definition at the declared path ({@link Role#INDEX}).
 *
 * @param kind what the files are
 * @param ids the {@code @SitemapIds} or {@code @ImageIds} method
 * @param declared the path the route declares, whose URL serves the index
 * @param extension the extension of every file, such as {@code .xml}
 * @param role which of the two definitions this is
 */
public record Split(MetadataKind kind, Method ids, RoutePath declared, String extension, Role role) {

    /** The two definitions of a split route. */
    public enum Role {
        /** The files, one per id, at {@code <declared without extension>/[id]}. */
        CHILD,
        /** The sitemap index, at the declared path. */
        INDEX
    }

    /**
     * The URL of one file below the context root, each segment percent-encoded: {@code /products/sitemap/0.xml}.
     * A split route's path has no dynamic segment (RH-045), so its URL is its static segments.
     */
    public String childUrl(String id) {
        StringBuilder url = new StringBuilder();
        List<Segment> segments = declared.segments();
        for (int i = 0; i < segments.size() - 1; i++) {
            url.append('/').append(UriComponents.encode(((Segment.Static) segments.get(i)).value()));
        }
        String file = ((Segment.Static) segments.get(segments.size() - 1)).value();
        String name = file.substring(0, file.length() - extension.length());
        return url.append('/')
                .append(UriComponents.encode(name))
                .append('/')
                .append(UriComponents.encode(id))
                .append(UriComponents.encode(extension))
                .toString();
    }

    /** How the files' URLs look, for the route table: {@code /products/sitemap/<id>.xml}. */
    public String childTemplate() {
        String url = declared.url();
        return url.substring(0, url.length() - extension.length()) + "/<id>" + extension;
    }

    /** The ids method's annotation, for messages: {@code SitemapIds} or {@code ImageIds}. */
    public String annotation() {
        return kind == MetadataKind.SITEMAP ? "SitemapIds" : "ImageIds";
    }

    /**
     * The distinct ids of what the ids method returned, in order. An id is one path segment: one that is not (see
     * {@link #problem}) is left out and told to {@code problems}.
     */
    public static Set<String> ids(Collection<?> listed, Consumer<String> problems) {
        Set<String> ids = new LinkedHashSet<>();
        for (Object id : listed) {
            String problem = problem(id);
            if (problem != null) {
                problems.accept(problem);
            } else {
                ids.add((String) id);
            }
        }
        return ids;
    }

    /**
     * What is wrong with an id the ids method listed, or {@code null}: an id is one path segment, so it is not
     * {@code null}, empty, {@code .} or {@code ..}, and has no {@code /}.
     */
    static String problem(Object id) {
        if (!(id instanceof String text)) {
            return "listed " + id + ", which is not a String";
        }
        if (text.isEmpty() || text.equals(".") || text.equals("..") || text.indexOf('/') >= 0) {
            return "listed the id \"" + text + "\", which is not one path segment";
        }
        return null;
    }

    /**
     * The params of a matched child URL, its last one (the id's segment) without the extension.
     *
     * @return the params, or {@code null} when the segment does not end with the extension (no file: {@code 404})
     */
    public List<Object> bind(List<Object> matched) {
        int last = matched.size() - 1;
        if (role != Role.CHILD || last < 0 || !(matched.get(last) instanceof String segment)) {
            return matched;
        }
        if (segment.length() <= extension.length() || !segment.endsWith(extension)) {
            return null;
        }
        List<Object> bound = new ArrayList<>(matched);
        bound.set(last, segment.substring(0, segment.length() - extension.length()));
        return List.copyOf(bound);
    }

    /** The index's definition of the same route. */
    Split asIndex() {
        return new Split(kind, ids, declared, extension, Role.INDEX);
    }
}
