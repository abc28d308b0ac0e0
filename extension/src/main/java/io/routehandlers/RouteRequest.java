package io.routehandlers;

import java.io.InputStream;
import java.net.URI;
import java.util.Optional;

/**
 * The incoming request, like Next.js's {@code NextRequest}. Declare it as a handler parameter:
 *
 * <pre>
 * &#64;POST
 * public RouteResponse post(RouteRequest request) {
 *     Order order = request.json(Order.class);
 *     String page = request.searchParams().get("page").orElse("1");
 *     ...
 * }
 * </pre>
 *
 * <p>The body can be read once, by one of {@link #text()}, {@link #bytes()}, {@link #body()},
 * {@link #json(Class)} or {@link #formData()}; later calls of the text, bytes, JSON and form readers
 * see the same content. A body is readable for every method, {@code DELETE} and {@code OPTIONS}
 * included. A malformed JSON or form body answers {@code 400 Bad Request}.
 */
public interface RouteRequest {

    /**
     * The HTTP method, in upper case as sent ({@code GET}, {@code POST}, ...).
     *
     * @return the method
     */
    String method();

    /**
     * The full request URL as the client sent it, with scheme, host, context root and query string.
     *
     * @return the URL
     * @throws jakarta.ws.rs.BadRequestException (answered as {@code 400}) when the URL the client sent is
     *         not a valid URI, such as a malformed escape in the query
     */
    URI url();

    /**
     * The path below the context root, as sent (not decoded): {@code /items/a%20b}.
     *
     * @return the path, starting with {@code /}
     */
    String pathname();

    /**
     * The query string's parameters.
     *
     * @return the parameters, empty when there is no query string
     * @throws jakarta.ws.rs.BadRequestException (answered as {@code 400}) for a malformed escape
     */
    SearchParams searchParams();

    /**
     * The request headers.
     *
     * @return the header store of this request
     */
    HeaderStore headers();

    /**
     * The client's address (S-16.1): the connection's peer, or where the application trusts proxies
     * ({@code routehandlers.trusted-proxies}), the address they forwarded. IPv4 in dotted form, IPv6 in the form of
     * RFC 5952 ({@code 2001:db8::7}).
     *
     * @return the address; empty in a render without a client (a prerender, a {@code force-static} route), and a
     *     read on a cached route makes its answer dynamic, as a header's does
     */
    Optional<String> clientAddress();

    /**
     * The cookies the request carried, read-only. To set cookies, use a {@link CookieStore}.
     *
     * @return the request cookies
     */
    RequestCookies cookies();

    /**
     * The body decoded as text, in the charset of its {@code Content-Type} (UTF-8 by default).
     *
     * @return the body, empty when there is none
     */
    String text();

    /**
     * The body's bytes.
     *
     * @return the body, empty when there is none
     */
    byte[] bytes();

    /**
     * The body as a stream, for large uploads; read it at most once and do not mix it with the other
     * body readers.
     *
     * @return the body stream
     */
    InputStream body();

    /**
     * The body parsed as JSON through JSON-B.
     *
     * @param type the type to bind to
     * @param <T> the type
     * @return the bound value
     * @throws jakarta.ws.rs.BadRequestException (answered as {@code 400}) when the body is not valid
     *         JSON for {@code type}
     */
    <T> T json(Class<T> type);

    /**
     * The body parsed as a form, {@code application/x-www-form-urlencoded} or
     * {@code multipart/form-data}.
     *
     * @return the form fields
     * @throws jakarta.ws.rs.BadRequestException (answered as {@code 400}) when the body is not a
     *         well-formed form of one of those types
     */
    FormData formData();

    /**
     * Runs a task once the answer has been sent (S-11.6), like Next.js's {@code after()}: also after an error or a
     * {@link Navigation} answer, and after a streamed answer ended. It runs on the server's managed executor; this
     * request's headers, cookies, search params and params stay readable in it, its body only if it was read before.
     * An exception it throws is logged with the route and changes nothing the client saw. Inject
     * {@link AfterResponse} to add a task from a bean without a {@code RouteRequest}.
     *
     * @param task the task
     */
    void after(Runnable task);
}
