package io.routehandlers;

/**
 * One open WebSocket of a route (S-17): what a {@link SocketListener} is handed. Sending is safe from any thread, and
 * messages are written one at a time, in order. A send from any other thread than this socket's own listener call
 * never waits for the client: the message waits in the socket's queue, which may grow up to {@link Socket#maxQueued()}
 * bytes for a client that reads slower than the application writes; past it the socket is closed with
 * {@code 1013 Try Again Later}, so a slow client never grows the heap without bound. A send from the socket's own
 * listener call while nothing waits is written at once on that thread, as a plain endpoint writes its answer; a client
 * that reads none of it for 30 seconds has its socket given up.
 */
public interface RouteSocket {

    /**
     * The socket's id, unique among the application's sockets, for maps of sockets and logs.
     *
     * @return the id
     */
    String id();

    /**
     * Whether the socket is open: not closed, and not closing.
     *
     * @return {@code true} while messages may be sent
     */
    boolean isOpen();

    /**
     * Sends a text message.
     *
     * @param text the message
     * @return {@code true} when it was queued; {@code false} when the socket is closed or closing, or the message
     *     overflowed the queue (the socket is then closed with {@code 1013})
     */
    boolean send(String text);

    /**
     * Sends a binary message.
     *
     * @param data the message; the socket keeps no reference to the array once it was written
     * @return as for {@link #send(String)}
     */
    boolean send(byte[] data);

    /** Closes the socket with {@code 1000 Normal Closure}. */
    default void close() {
        close(1000, "");
    }

    /**
     * Closes the socket: messages queued before are sent first, if the client reads them.
     *
     * @param code the close code: {@code 1000}, or one from {@code 3000} to {@code 4999} of the application's
     * @param reason a reason of at most 123 bytes in UTF-8, empty for none
     * @throws IllegalArgumentException for another code or a longer reason
     */
    void close(int code, String reason);
}
