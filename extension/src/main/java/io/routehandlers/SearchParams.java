package io.routehandlers;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The query string of a request, like the web's {@code URLSearchParams}: {@code ?tag=a&tag=b&q=x}
 * gives {@code get("tag") = "a"}, {@code getAll("tag") = ["a", "b"]}. Names and values are
 * percent-decoded ({@code +} is a space); names are case-sensitive.
 */
public interface SearchParams {

    /**
     * The first value of a parameter.
     *
     * @param name the parameter name
     * @return the first value, or empty when absent
     */
    Optional<String> get(String name);

    /**
     * Every value of a parameter, in order.
     *
     * @param name the parameter name
     * @return the values, empty when absent
     */
    List<String> getAll(String name);

    /**
     * Whether the parameter is present, with or without a value.
     *
     * @param name the parameter name
     * @return {@code true} when present
     */
    boolean has(String name);

    /**
     * The parameter names in the order they first appear.
     *
     * @return an unmodifiable, ordered set
     */
    Set<String> keys();
}
