package io.routehandlers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The untyped view of a route's params, for {@code RouteContext<Params>}.
 *
 * <p>For {@code /shop/[category]/[...rest]} and the URL {@code /shop/books/a/b}: {@code get("category")}
 * is {@code "books"}, {@code getAll("rest")} is {@code ["a", "b"]}, and {@code asMap()} is
 * {@code {category=books, rest=[a, b]}}.
 */
public interface Params {

    /**
     * The value of a dynamic segment; for a catch-all, its segments joined with {@code /}.
     *
     * @param name the param name
     * @return the value, or empty when the path has no such param (or an optional catch-all is absent)
     */
    Optional<String> get(String name);

    /**
     * The segments of a catch-all, or the one value of a dynamic segment as a one-element list.
     *
     * @param name the param name
     * @return the values, empty when absent; never {@code null}
     */
    List<String> getAll(String name);

    /**
     * All params in path order: {@code String} values for {@code [x]}, {@code List<String>} values
     * for catch-alls.
     *
     * @return an unmodifiable map in path order
     */
    Map<String, Object> asMap();
}
