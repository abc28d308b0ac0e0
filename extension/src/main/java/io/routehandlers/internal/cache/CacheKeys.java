package io.routehandlers.internal.cache;

import io.routehandlers.internal.http.UriComponents;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.scan.Split;
import io.routehandlers.internal.tree.RoutePath;
import io.routehandlers.internal.tree.Segment;
import java.util.List;

/**
 * Cache keys: the canonical pathname of a route and its param values, each segment encoded the same way
 * whatever escapes the client used, so {@code /items/a%62} and {@code /items/ab} share one entry. The query
 * string is not part of the key: a cached render sees no search params, or is not stored.
 */
final class CacheKeys {

    private CacheKeys() {}

    /**
     * The key of one path of a route.
     *
     * @param path the route's path
     * @param params the param values in path order: {@code String}, or {@code List<String>} for catch-alls
     */
    static String of(RouteDefinition route, List<Object> params) {
        String key = of(route.path(), params);
        Split split = route.split();
        // A split route's file is keyed by its URL, extension included: /products/sitemap/0.xml, never the key of a
        // route at /products/sitemap/0.
        return split != null && split.role() == Split.Role.CHILD ? key + split.extension() : key;
    }

    /**
     * The key of one answer of a path: the path's key, and for a handler that is one of several of its method the
     * variant it is (S-18.1), so that each variant has an entry of its own. A route of one handler per method keeps
     * the path's key.
     */
    static String of(String pathKey, Handler handler) {
        String label = handler.variant().label();
        return label.isEmpty() ? pathKey : pathKey + " " + label;
    }

    /**
     * The key of a {@code QUERY} answer (S-18.4): the answer's key, the body's media type and the SHA-256 of the body
     * in base64url. A JSON body ({@code application/json}, {@code +json}) is canonical first
     * ({@link QueryBodies#canonical}), so that spacing and member order do not split the cache.
     */
    static String ofQuery(String answerKey, String contentType, byte[] body) {
        return answerKey + " QUERY " + QueryBodies.type(contentType) + " " + QueryBodies.digest(contentType, body);
    }

    /** The key of one path of a route without a split. */
    static String of(RoutePath path, List<Object> params) {
        StringBuilder key = new StringBuilder();
        int next = 0;
        for (Segment segment : path.segments()) {
            if (segment instanceof Segment.Static s) {
                key.append('/').append(UriComponents.encode(s.value()));
            } else if (segment.isCatchAll()) {
                for (Object value : (List<?>) params.get(next++)) {
                    key.append('/').append(UriComponents.encode((String) value));
                }
            } else {
                key.append('/').append(UriComponents.encode((String) params.get(next++)));
            }
        }
        return key.length() == 0 ? "/" : key.toString();
    }
}
