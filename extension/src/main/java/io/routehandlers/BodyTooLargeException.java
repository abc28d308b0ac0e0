package io.routehandlers;

/**
 * The request body is larger than the route allows ({@code routehandlers.max-body-size}, default 10 MiB, or the
 * route's own {@code routehandlers.route.<path>.max-body-size}; a file part of a multipart form larger than
 * {@code routehandlers.max-file-size}; a form with more than {@code routehandlers.max-form-parts} fields). Thrown
 * while the body is read, by {@link RouteRequest#text()}, {@link RouteRequest#bytes()},
 * {@link RouteRequest#json(Class)}, {@link RouteRequest#formData()} or the stream of {@link RouteRequest#body()};
 * uncaught, it answers {@code 413 Content Too Large} with an empty body. A request whose {@code Content-Length}
 * already says it is too large is answered {@code 413} before the handler runs.
 */
public class BodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    /**
     * An exception for a body past a limit.
     *
     * @param limit the limit that was passed, in bytes (or parts, for the form part limit)
     * @param what which limit, for the message: {@code "body"}, {@code "file part"}, {@code "form parts"}
     */
    public BodyTooLargeException(long limit, String what) {
        super("The request's " + what + " is over its limit of " + limit);
        this.limit = limit;
    }

    /**
     * The limit that was passed.
     *
     * @return the limit, in bytes (or parts, for the form part limit)
     */
    public long limit() {
        return limit;
    }
}
