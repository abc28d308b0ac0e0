package io.routehandlers.internal.servlet;

import io.routehandlers.internal.exchange.SocketSource;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One socket's endpoint (public: Payara's Tyrus calls its methods by reflection): the container's idle timeout is off (the route has its own, S-17.4), and messages come in
 * parts, which the source puts together up to the route's limit.
 */
public final class SocketEndpoint extends Endpoint {
    private static final long SEND_TIMEOUT_MILLIS = 30_000;

    private final ServletSockets sockets;
    private final SocketSource upgraded;
    private volatile SocketSource source;

    /**
     * An endpoint of one socket.
     *
     * @param sockets the sockets waiting under tokens
     * @param upgraded the socket of the upgrade that made this endpoint, or {@code null} for the one its token names
     */
    SocketEndpoint(ServletSockets sockets, SocketSource upgraded) {
        this.sockets = sockets;
        this.upgraded = upgraded;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        SocketSource named = sockets.take(session.getPathParameters().get(ServletSockets.TOKEN));
        SocketSource opened = upgraded != null ? upgraded : named;
        if (opened == null) {
            // Not an upgrade of the pipeline's: someone found the endpoint's path.
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "No such socket"));
            } catch (IOException e) {
                // gone already
            }
            return;
        }
        source = opened;
        session.setMaxIdleTimeout(0);
        // An asynchronous write the client never reads fails after this, and the socket closes (S-17.4).
        session.getAsyncRemote().setSendTimeout(SEND_TIMEOUT_MILLIS);
        opened.opened(new ServletSockets.Transport(session)); // onOpen first, then the messages
        session.addMessageHandler(String.class, (MessageHandler.Partial<String>) opened::text);
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Partial<ByteBuffer>) opened::binary);
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        SocketSource opened = source;
        if (opened != null) {
            opened.closed(reason.getCloseCode().getCode(), reason.getReasonPhrase());
        }
    }

    @Override
    public void onError(Session session, Throwable error) {
        SocketSource opened = source;
        if (opened != null) {
            opened.failed(error);
        }
    }
}
