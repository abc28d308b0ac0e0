package io.routehandlers.internal.servlet;

import io.routehandlers.internal.exchange.SocketSource;
import io.routehandlers.internal.exchange.SocketTransport;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The upgrade of a route's request to a WebSocket on a server (S-17.5): Jakarta WebSocket 2.1's
 * {@link ServerContainer#upgradeHttpToWebSocket}, called by the pipeline once the route's steps let the request
 * through, so the container upgrades no route by itself. Each socket is an {@link Endpoint} of its own, which carries
 * frames between the container's {@link Session} and the pipeline's {@link SocketSource}.
 *
 * <p>The endpoint's configuration is also added to the container once, when the web module starts, at a path no route
 * can have ({@code /routehandlers-socket-<random>/{token}}): Payara's Tyrus upgrades only to an endpoint it knows by
 * its path, whatever configuration the upgrade names. Each upgrade then names a token that the pipeline's socket waits
 * under until its endpoint opens; a request to that path without a waiting token is closed at once ({@code 1008}), and
 * a token is 122 random bits, valid from the upgrade to the open. Only this class names the WebSocket API, so a
 * server without it loads it only when a route has a socket.
 */
final class ServletSockets {

    /** The servlet context attribute that holds the web module's instance. */
    private static final String ATTRIBUTE = ServletSockets.class.getName();

    static final String TOKEN = "token";

    private final ServerContainer container;
    private final String path;
    private final ServerEndpointConfig config;
    private final Map<String, SocketSource> waiting = new ConcurrentHashMap<>();

    private ServletSockets(ServerContainer container) {
        this.container = container;
        this.path = "/routehandlers-socket-" + UUID.randomUUID() + "/{" + TOKEN + "}";
        this.config = config(null);
    }

    /** The endpoint's configuration: the added one opens the socket its token names, an upgrade's its own. */
    private ServerEndpointConfig config(SocketSource source) {
        return ServerEndpointConfig.Builder.create(SocketEndpoint.class, path)
                .configurator(new Configurator(this, source))
                .build();
    }

    /**
     * Adds the sockets' endpoint to the web module's WebSocket container, once, when the module starts.
     *
     * @return {@code false} when the module has no WebSocket container
     */
    static boolean register(ServletContext context) throws DeploymentException {
        Object found;
        try {
            found = context.getAttribute(ServerContainer.class.getName());
        } catch (LinkageError e) {
            return false;
        }
        if (!(found instanceof ServerContainer container)) {
            return false;
        }
        ServletSockets sockets = new ServletSockets(container);
        container.addEndpoint(sockets.config);
        context.setAttribute(ATTRIBUTE, sockets);
        return true;
    }

    /**
     * Upgrades the request: the container answers {@code 101} once the filter returns, with the headers set on the
     * response before.
     */
    static void upgrade(HttpServletRequest request, HttpServletResponse response, SocketSource source)
            throws Exception {
        if (!(request.getServletContext().getAttribute(ATTRIBUTE) instanceof ServletSockets sockets)) {
            throw new IllegalStateException("The web module registered no WebSocket endpoint when it started");
        }
        sockets.open(request, response, source);
    }

    private void open(HttpServletRequest request, HttpServletResponse response, SocketSource source) throws Exception {
        String token = UUID.randomUUID().toString();
        waiting.put(token, source);
        source.ended().whenComplete((ignored, failure) -> waiting.remove(token));
        try {
            // Open Liberty and WildFly open the socket this configuration makes; Tyrus the one the token names.
            container.upgradeHttpToWebSocket(request, response, config(source), Map.of(TOKEN, token));
        } catch (Exception | LinkageError e) {
            waiting.remove(token);
            throw e;
        }
    }

    /** The socket waiting under a token, taken: each opens once. */
    SocketSource take(String token) {
        return token == null ? null : waiting.remove(token);
    }

    /** Makes one endpoint per socket; the route's steps checked the {@code Origin} already (S-17.2). */
    private static final class Configurator extends ServerEndpointConfig.Configurator {
        private final ServletSockets sockets;
        private final SocketSource source;

        Configurator(ServletSockets sockets, SocketSource source) {
            this.sockets = sockets;
            this.source = source;
        }

        @Override
        public boolean checkOrigin(String originHeaderValue) {
            return true;
        }

        @Override
        public <T> T getEndpointInstance(Class<T> endpointClass) {
            return endpointClass.cast(new SocketEndpoint(sockets, source));
        }
    }

    /** Sends through the container's asynchronous remote endpoint, one message at a time (the source waits). */
    record Transport(Session session) implements SocketTransport {

        @Override
        public void sendText(String text, Consumer<Throwable> done) {
            session.getAsyncRemote()
                    .sendText(text, result -> done.accept(result.isOK() ? null : result.getException()));
        }

        @Override
        public void sendBinary(ByteBuffer data, Consumer<Throwable> done) {
            session.getAsyncRemote()
                    .sendBinary(data, result -> done.accept(result.isOK() ? null : result.getException()));
        }

        @Override
        public void writeText(String text) throws IOException {
            session.getBasicRemote().sendText(text);
        }

        @Override
        public void writeBinary(ByteBuffer data) throws IOException {
            session.getBasicRemote().sendBinary(data);
        }

        /** The Jakarta WebSocket API cannot cut a connection: the container's idle timeout of 1 ms reaps it. */
        @Override
        public void abort() {
            session.setMaxIdleTimeout(1);
        }

        @Override
        public void close(int code, String reason) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
