package io.routehandlers;

import java.security.Principal;
import java.util.Optional;

/**
 * What a {@link RouteFilter} sees of a request and can do to it. It is valid during {@link RouteFilter#filter} only:
 * a change made after it returned throws {@code IllegalStateException}. While filters run, the injected
 * {@code HeaderStore}, {@code @HeaderValue} and {@code CookieStore} read the request as the filters left it, and a
 * cookie written through {@code CookieStore} goes with the request's answer, whatever gives it.
 */
public interface FilterContext {

    /** The request method, such as {@code GET}. */
    String method();

    /** The matched route's path as declared, such as {@code /items/[slug]}. */
    String route();

    /** The request's path below the application's context root, such as {@code /items/lamp}. */
    String pathname();

    /** The values of the route's dynamic segments, decoded, as strings (a catch-all's as several values). */
    Params params();

    /** The query string's parameters. A malformed query answers {@code 400}. */
    SearchParams searchParams();

    /** The request headers, with the changes of this and earlier filters. */
    HeaderStore headers();

    /** The request's cookies. */
    RequestCookies cookies();

    /**
     * The client's address (S-16.1): the connection's peer, or the address trusted proxies forwarded, as
     * {@link RouteRequest#clientAddress()} gives it.
     */
    String clientAddress();

    /** The authenticated caller, if any. */
    Optional<Principal> user();

    /** Whether the authenticated caller is in a role. */
    boolean isUserInRole(String role);

    /**
     * Sets a request header, replacing every value it had: later filters, the cache and the handler see the new
     * value.
     *
     * @throws IllegalArgumentException when the name is not an HTTP token or the value holds a control character
     */
    void setRequestHeader(String name, String value);

    /**
     * Removes a request header: later filters, the cache and the handler see none, whatever the client sent.
     *
     * @throws IllegalArgumentException when the name is not an HTTP token
     */
    void removeRequestHeader(String name);

    /**
     * Adds a header to the request's answer, whatever gives it: the handler, the cache (a {@code HIT} too, the header
     * never stored), a stream's head, an error, or a filter's {@link #abortWith}.
     *
     * @throws IllegalArgumentException when the name is not an HTTP token or the value holds a control character
     */
    void addResponseHeader(String name, String value);

    /**
     * Counts the request against a named rate limit ({@code routehandlers.rate-limit.<name>=100/1m}) under a key of
     * the filter's choosing, such as an API key (S-16.5): each key gets the limit, shared by the cluster as a route's
     * is. Under the limit the answer tells what is left ({@code RateLimit}, {@code RateLimit-Policy}); over it, the
     * request is answered {@code 429} with {@code Retry-After} once the filter returns, as after {@link #abortWith}.
     *
     * <pre>
     * String key = context.headers().get("X-Api-Key").orElse(context.clientAddress());
     * if (!context.rateLimit("partners", key)) {
     *     return;
     * }
     * </pre>
     *
     * @param limiter the limit's name
     * @param key whose requests are counted together
     * @return whether the request is within the limit
     * @throws IllegalArgumentException when no limit of that name is configured; the message lists those that are
     */
    boolean rateLimit(String limiter, String key);

    /**
     * Answers the request with this response once the filter returns: later filters, the cache and the handler do
     * not run. The response is written as a handler's would be.
     */
    void abortWith(RouteResponse response);
}
