package io.routehandlers;

import java.awt.image.RenderedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable response a handler returns, like Next.js's {@code NextResponse}.
 *
 * <pre>
 * return RouteResponse.json(item, 201).header("Location", "/items/" + item.slug());
 * return RouteResponse.redirect("/login");                 // 307
 * return RouteResponse.status(204);
 * </pre>
 *
 * <p>Each {@code header} and {@code cookie} call returns a new response. A header name must be an HTTP token and a
 * value holds only visible ASCII, space and tab: anything else throws {@link IllegalArgumentException} naming the
 * header, so no value can split the response or put a control byte on the wire (S-4.5). A handler may also return
 * a plain {@code jakarta.ws.rs.core.Response}.
 */
public final class RouteResponse {

    /** The media type of {@link #json(Object)}. */
    public static final String APPLICATION_JSON = "application/json";
    /** The media type of {@link #text(String)}. */
    public static final String TEXT_PLAIN_UTF8 = "text/plain;charset=UTF-8";
    /** The media type of {@link #events(EventStream.Body)}. */
    public static final String TEXT_EVENT_STREAM = "text/event-stream";

    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);

    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final Object body;
    private final String contentType;
    private final List<ResponseCookie> cookies;

    private RouteResponse(
            int status,
            List<Map.Entry<String, String>> headers,
            Object body,
            String contentType,
            List<ResponseCookie> cookies) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.contentType = contentType;
        this.cookies = cookies;
    }

    /**
     * A {@code 200} response whose body is {@code body} serialized to JSON through JSON-B.
     *
     * @param body the value to serialize; must not be {@code null}
     * @return the response
     */
    public static RouteResponse json(Object body) {
        return json(body, 200);
    }

    /**
     * A response with the given status whose body is {@code body} serialized to JSON through JSON-B.
     *
     * @param body the value to serialize; must not be {@code null}
     * @param status the HTTP status, 100 to 599
     * @return the response
     */
    public static RouteResponse json(Object body, int status) {
        return new RouteResponse(checkStatus(status), List.of(), requireBody(body), APPLICATION_JSON, List.of());
    }

    /**
     * A {@code 200} response with a {@code text/plain; charset=UTF-8} body.
     *
     * @param body the text; must not be {@code null}
     * @return the response
     */
    public static RouteResponse text(String body) {
        return new RouteResponse(200, List.of(), requireBody(body), TEXT_PLAIN_UTF8, List.of());
    }

    /**
     * A {@code 200} response with an image, encoded when the answer is sent (S-9.5): {@code image/png} or
     * {@code image/jpeg} (an image with transparency is put on white first). Encoding needs no window system.
     *
     * <pre>
     * BufferedImage card = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
     * ... draw with card.createGraphics() ...
     * return RouteResponse.image(card, "jpeg");
     * </pre>
     *
     * @param image the image; must not be {@code null}
     * @param format {@code png} or {@code jpeg}
     * @return the response
     * @throws IllegalArgumentException for another format
     */
    public static RouteResponse image(RenderedImage image, String format) {
        String type = switch (format) {
            case "png" -> "image/png";
            case "jpeg" -> "image/jpeg";
            default -> throw new IllegalArgumentException("An image is written as png or jpeg, not " + format);
        };
        return new RouteResponse(200, List.of(), requireBody(image), type, List.of());
    }

    /**
     * A {@code 200} response whose body is written while it is sent (S-11.1): each {@link ResponseStream#flush()}
     * reaches the client at once, with no {@code Content-Length}. The body runs on the server's managed executor
     * once the handler has returned. A streamed answer is never cached, even on a cached route.
     *
     * <pre>
     * return RouteResponse.stream("application/x-ndjson", out -&gt; {
     *     for (Order order : orders.open()) {
     *         out.write(jsonb.toJson(order) + "\n");
     *         out.flush();
     *     }
     * });
     * </pre>
     *
     * @param contentType the media type, such as {@code text/plain;charset=UTF-8}
     * @param body writes the body
     * @return the response
     * @throws IllegalArgumentException when the media type is not a valid header value
     */
    public static RouteResponse stream(String contentType, ResponseStream.Body body) {
        HttpSyntax.requireValue("Content-Type", contentType);
        return new RouteResponse(200, List.of(), requireBody(body), contentType, List.of());
    }

    /**
     * A {@code 200} stream of Server-Sent Events (S-11.2): {@code Content-Type: text/event-stream},
     * {@code Cache-Control: no-cache}, each event sent at once, and a comment line after every
     * {@code routehandlers.sse.heartbeat} seconds of silence. The body runs on the server's managed executor once the
     * handler has returned; for a stream that holds no thread while it waits, return a
     * {@code Flow.Publisher<SseEvent>} from the handler instead.
     *
     * @param body sends the events
     * @return the response
     */
    public static RouteResponse events(EventStream.Body body) {
        return new RouteResponse(200, List.of(), requireBody(body), TEXT_EVENT_STREAM, List.of());
    }

    /**
     * A {@code 307 Temporary Redirect} to {@code url}, sent in {@code Location} as given except that every character
     * but visible ASCII is percent-encoded as UTF-8 ({@code /docs/xĀy} is sent as {@code /docs/x%C4%80y}).
     *
     * @param url an absolute or relative URL
     * @return the response
     */
    public static RouteResponse redirect(String url) {
        return redirect(url, 307);
    }

    /**
     * A redirect to {@code url} with one of the redirect statuses 301, 302, 303, 307 or 308.
     *
     * @param url an absolute or relative URL, sent in {@code Location} as given, every character but visible ASCII
     *     percent-encoded as UTF-8
     * @param status 301, 302, 303, 307 or 308
     * @return the response
     * @throws IllegalArgumentException for any other status
     */
    public static RouteResponse redirect(String url, int status) {
        if (!REDIRECT_STATUSES.contains(status)) {
            throw new IllegalArgumentException("Invalid redirect status " + status + ": use 301, 302, 303, 307 or 308");
        }
        return new RouteResponse(status, List.of(), null, null, List.of()).header("Location", HttpSyntax.location(url));
    }

    /**
     * An empty response with the given status, to which headers can be added.
     *
     * @param status the HTTP status, 100 to 599
     * @return the response
     */
    public static RouteResponse status(int status) {
        return new RouteResponse(checkStatus(status), List.of(), null, null, List.of());
    }

    /**
     * This response with one more header. Calling it twice with one name sends both values.
     *
     * @param name an HTTP token, such as {@code Cache-Control}
     * @param value the value: visible ASCII, space and tab only
     * @return a new response
     * @throws IllegalArgumentException when the name is not a token or the value could split the
     *         response
     */
    public RouteResponse header(String name, String value) {
        HttpSyntax.requireHeader(name, value);
        List<Map.Entry<String, String>> copy = new ArrayList<>(headers.size() + 1);
        copy.addAll(headers);
        copy.add(Map.entry(name, value));
        return new RouteResponse(status, List.copyOf(copy), body, contentType, cookies);
    }

    /**
     * This response with a cookie ({@code Path=/}). It wins over a cookie of the same name set through the
     * {@link CookieStore} during the request.
     *
     * @param name an RFC 6265 token
     * @param value the value; no CR, LF or {@code ;}
     * @return a new response
     * @throws IllegalArgumentException for an invalid name or value, naming the cookie
     */
    public RouteResponse cookie(String name, String value) {
        return cookie(new ResponseCookie(name, value));
    }

    /**
     * This response with a cookie.
     *
     * @param name an RFC 6265 token
     * @param value the value; no CR, LF or {@code ;}
     * @param options the attributes
     * @return a new response
     * @throws IllegalArgumentException for an invalid name or value, naming the cookie
     */
    public RouteResponse cookie(String name, String value, CookieOptions options) {
        return cookie(new ResponseCookie(name, value, options));
    }

    private RouteResponse cookie(ResponseCookie cookie) {
        List<ResponseCookie> copy = new ArrayList<>(cookies);
        copy.removeIf(c -> c.name().equals(cookie.name()));
        copy.add(cookie);
        return new RouteResponse(status, headers, body, contentType, List.copyOf(copy));
    }

    /**
     * The cookies added with {@link #cookie}, one per name, in order.
     *
     * @return an unmodifiable list
     */
    public List<ResponseCookie> cookies() {
        return cookies;
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int statusCode() {
        return status;
    }

    /**
     * The headers added with {@link #header}, in order.
     *
     * @return an unmodifiable list of name and value
     */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /**
     * The body: a {@code String} for text, the value to serialize for JSON, an image, or the
     * {@link ResponseStream.Body} or {@link EventStream.Body} of a streamed answer.
     *
     * @return the body, empty for a status-only response or a redirect
     */
    public Optional<Object> body() {
        return Optional.ofNullable(body);
    }

    /**
     * The media type of the body.
     *
     * @return the media type, empty when there is no body
     */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    @Override
    public String toString() {
        return "RouteResponse[status=" + status + ", contentType=" + contentType + ", headers=" + headers + "]";
    }

    private static int checkStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("Invalid HTTP status " + status + ": use 100 to 599");
        }
        return status;
    }

    private static Object requireBody(Object body) {
        if (body == null) {
            throw new IllegalArgumentException("A response body must not be null: use RouteResponse.status(int)");
        }
        return body;
    }
}
