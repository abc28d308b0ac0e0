package io.routehandlers;

/**
 * The request's cookies, readable and writable, like Next.js's {@code cookies()}. Request scoped: inject it
 * into a route or any CDI bean the request calls, or declare it as a handler parameter.
 *
 * <pre>
 * &#64;Inject CookieStore cookies;
 *
 * &#64;POST
 * public RouteResponse login(RouteRequest request) {
 *     cookies.set("session", sessions.open(request.formData()),
 *             CookieOptions.builder().httpOnly(true).secure(true).sameSite(SameSite.LAX).build());
 *     return RouteResponse.redirect("/account", 303);
 * }
 * </pre>
 *
 * <p>Each cookie set or deleted becomes one {@code Set-Cookie} header of the response, including
 * redirects and the answers of {@link Navigation}. A cookie of the same name that the handler put on its
 * returned response wins. Reads see this request's writes. Used outside an active request, it throws
 * {@code ContextNotActiveException}.
 */
public interface CookieStore extends RequestCookies {

    /**
     * Sets a cookie with {@code Path=/}.
     *
     * @param name an RFC 6265 token
     * @param value the value; no CR, LF or {@code ;}
     * @throws IllegalArgumentException for an invalid name or value, naming the cookie
     */
    void set(String name, String value);

    /**
     * Sets a cookie with options.
     *
     * @param name an RFC 6265 token
     * @param value the value; no CR, LF or {@code ;}
     * @param options the attributes
     * @throws IllegalArgumentException for an invalid name or value, naming the cookie
     */
    void set(String name, String value, CookieOptions options);

    /**
     * Sets a cookie.
     *
     * @param cookie the cookie
     */
    void set(ResponseCookie cookie);

    /**
     * Deletes a cookie: sends it empty, expired at the epoch, with {@code Path=/}.
     *
     * @param name the cookie name
     */
    void delete(String name);

    /**
     * Deletes a cookie set with a path or domain: pass the same ones.
     *
     * @param name the cookie name
     * @param options the path and domain the cookie was set with
     */
    void delete(String name, CookieOptions options);
}
