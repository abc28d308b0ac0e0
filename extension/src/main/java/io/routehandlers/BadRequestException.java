package io.routehandlers;

/**
 * The request cannot be read as the handler asked: a malformed JSON or form body, a malformed escape in the query
 * string, a charset the server does not know, or a path given to {@link RouteCache#revalidatePath(String)} that is
 * not a valid URL path. Uncaught, it answers {@code 400 Bad Request} with an empty body; its message goes to the log
 * at level {@code FINE}, never to the client. A handler catches it to answer in its own way:
 *
 * <pre>
 * try {
 *     Order order = request.json(Order.class);
 *     ...
 * } catch (BadRequestException e) {
 *     return RouteResponse.json(Map.of("error", "not an order"), 400);
 * }
 * </pre>
 *
 * <p>It is an {@link IllegalArgumentException}: the argument, the request's data, is not valid.
 */
public class BadRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message for the log.
     *
     * @param message what is wrong with the request
     */
    public BadRequestException(String message) {
        super(message);
    }

    /**
     * An exception with a message for the log and the parse failure behind it.
     *
     * @param message what is wrong with the request
     * @param cause the parse failure
     */
    public BadRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
