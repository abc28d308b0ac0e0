package io.routehandlers.internal.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * How an upgraded socket sends (S-17): the adapter's side. The socket sends one message at a time and waits for its
 * completion before the next.
 */
public interface SocketTransport {

    /** Sends a text message without blocking; {@code done} gets {@code null}, or the failure, once it was written. */
    void sendText(String text, Consumer<Throwable> done);

    /** Sends a binary message without blocking; {@code done} as for {@link #sendText}. */
    void sendBinary(ByteBuffer data, Consumer<Throwable> done);

    /**
     * Sends a text message, blocking until it was written: used for a socket's own listener call when nothing else
     * waits, as a plain endpoint answers on its own thread. A write that waits for a client that reads nothing holds
     * this socket's thread; the socket is given up after its send timeout ({@code Sockets} checks).
     */
    void writeText(String text) throws IOException;

    /** Sends a binary message, blocking until it was written; see {@link #writeText}. */
    void writeBinary(ByteBuffer data) throws IOException;

    /**
     * Drops the connection without a closing handshake, as far as the server lets an application: the socket was
     * given up (a client that reads nothing). The adapter reports the close it then sees, or nothing.
     */
    void abort();

    /** Starts the closing handshake; the adapter reports the close to the source once it is done. */
    void close(int code, String reason);
}
