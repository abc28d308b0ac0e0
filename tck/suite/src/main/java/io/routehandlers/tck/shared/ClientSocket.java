package io.routehandlers.tck.shared;

/**
 * A WebSocket client of a slice's test: a real one over the network ({@link OverHttp}, {@code java.net.http.WebSocket})
 * or an implementation's in-process one. The same assertions hold both ways.
 */
public interface ClientSocket extends AutoCloseable {

    /** The handshake's status: {@code 101} when the socket opened, else the refusal's. */
    int status();

    /** Sends a text message. */
    void send(String text);

    /** Sends a binary message. */
    void send(byte[] data);

    /** The next text message the route sent, waiting up to 10 seconds; an {@code AssertionError} when none came. */
    String receiveText();

    /** The next binary message the route sent, waiting up to 10 seconds. */
    byte[] receiveBinary();

    /** Waits up to 10 seconds for the socket to close, and gives its close code (the route's, or the one sent). */
    int awaitClose();

    /** The reason of the close, once closed. */
    String closeReason();

    /** Closes the socket from the client's side. */
    void close(int code, String reason);

    /** Closes with {@code 1000} if still open. */
    @Override
    void close();
}
