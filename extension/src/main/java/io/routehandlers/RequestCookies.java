package io.routehandlers;

import java.util.List;
import java.util.Optional;

/**
 * The cookies of a request, read-only: {@link RouteRequest#cookies()}. The {@code Cookie} header is parsed
 * leniently, as browsers and Next.js do: values are URI-decoded, a pair without {@code =} has the value
 * {@code "true"}, and malformed pairs are skipped, never an error.
 */
public interface RequestCookies {

    /**
     * The first cookie of a name.
     *
     * @param name the cookie name
     * @return the cookie, or empty when absent
     */
    Optional<RequestCookie> get(String name);

    /**
     * Every cookie, in header order.
     *
     * @return an unmodifiable list
     */
    List<RequestCookie> getAll();

    /**
     * Every cookie of a name, in header order.
     *
     * @param name the cookie name
     * @return an unmodifiable list, empty when absent
     */
    List<RequestCookie> getAll(String name);

    /**
     * Whether a cookie of that name is present.
     *
     * @param name the cookie name
     * @return {@code true} when present
     */
    boolean has(String name);

    /**
     * The cookies in {@code Cookie} header form: {@code a=1; b=two%20words}.
     *
     * @return the header value, empty when there are none
     */
    @Override
    String toString();
}
