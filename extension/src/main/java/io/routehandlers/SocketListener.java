package io.routehandlers;

/**
 * What a route's {@link Socket} handler returns: told of one socket's life, one call at a time, in order (S-17.3).
 * Every method has an empty default, so a listener overrides what it uses. Each call runs with a request context of
 * its own, so request-scoped beans may be used; the request that opened the socket is over by then.
 *
 * <p>A listener that throws closes its socket with {@code 1011} (logged as RH-180); {@link #onClose} still follows.
 */
public interface SocketListener {

    /**
     * The socket is open: messages may be sent.
     *
     * @param socket the socket
     */
    default void onOpen(RouteSocket socket) {}

    /**
     * A whole text message arrived.
     *
     * @param socket the socket
     * @param text the message
     */
    default void onText(RouteSocket socket, String text) {}

    /**
     * A whole binary message arrived.
     *
     * @param socket the socket
     * @param data the message, the listener's to keep
     */
    default void onBinary(RouteSocket socket, byte[] data) {}

    /**
     * The socket closed, whoever closed it: called once, last. Codes are RFC 6455's: {@code 1000} normal, {@code 1001}
     * idle or going away, {@code 1006} the connection was lost, {@code 1009} a message too big, {@code 1011} a
     * listener failed, {@code 1013} a client too slow to read.
     *
     * @param socket the socket, closed
     * @param code the close code
     * @param reason the reason, empty when none was given
     */
    default void onClose(RouteSocket socket, int code, String reason) {}

    /**
     * The connection failed; {@link #onClose} follows.
     *
     * @param socket the socket
     * @param error what failed
     */
    default void onError(RouteSocket socket, Throwable error) {}
}
