package io.routehandlers.internal.exchange;

import java.nio.ByteBuffer;

/**
 * The server's side of a WebSocket (S-17), as the adapter sees it: it upgrades the request, hands over the means to
 * send ({@link #opened}), and reports what comes in. The adapter calls these methods one at a time, in order.
 */
public interface SocketSource extends Lasting {

    /**
     * The adapter took the upgrade: the socket is its to open, and {@link #discard()} no longer ends it. A socket not
     * opened soon after (the client left during the handshake) ends by itself.
     */
    void handedOver();

    /** The handshake is done: the socket sends through this transport from now on. */
    void opened(SocketTransport transport);

    /** A part of a text message; the message is whole at the part marked {@code last}. */
    void text(String part, boolean last);

    /** A part of a binary message, read before this call returns; the message is whole at {@code last}. */
    void binary(ByteBuffer part, boolean last);

    /** The socket closed, with the code and reason of the close (the client's, or the one sent). */
    void closed(int code, String reason);

    /** The connection failed; {@link #closed} follows. */
    void failed(Throwable error);
}
