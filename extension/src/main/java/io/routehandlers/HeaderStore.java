package io.routehandlers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The request's headers, like Next.js's {@code headers()}. Read-only by type: response headers are
 * set on the returned {@link RouteResponse} or {@code Response}.
 *
 * <p>Names are case-insensitive; {@link #keys()} gives them in lower case. A header sent several
 * times reads as its values joined with {@code ", "}.
 */
public interface HeaderStore {

    /**
     * A header's value.
     *
     * @param name the header name, in any case
     * @return the value (several joined with {@code ", "}), or empty when absent
     */
    Optional<String> get(String name);

    /**
     * Whether the request carries the header.
     *
     * @param name the header name, in any case
     * @return {@code true} when present
     */
    boolean has(String name);

    /**
     * The header names, in lower case.
     *
     * @return an unmodifiable set
     */
    Set<String> keys();

    /**
     * Every header as a lower-case name and its joined value.
     *
     * @return an unmodifiable list of entries
     */
    List<Map.Entry<String, String>> entries();

    /**
     * Calls the action with each lower-case name and its joined value.
     *
     * @param action receives name and value
     */
    void forEach(BiConsumer<String, String> action);
}
