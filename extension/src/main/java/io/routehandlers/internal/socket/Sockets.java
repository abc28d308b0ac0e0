package io.routehandlers.internal.socket;

import io.routehandlers.SocketListener;
import io.routehandlers.internal.config.SocketPolicy;
import io.routehandlers.internal.exchange.BackgroundExecutor;
import io.routehandlers.internal.stream.Streams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Makes the sockets of {@code @Socket} handlers (S-17): their idle checks run on the scheduler of streams' heartbeats,
 * their listeners' calls with a request context of their own.
 */
@ApplicationScoped
public class Sockets {

    @Inject
    Streams streams;

    @Inject
    BackgroundExecutor background;

    /**
     * The server's side of a socket, before the upgrade.
     *
     * @param listener what the handler returned
     * @param policy the route's socket limits
     * @param route the route, for messages
     */
    public SocketConnection connection(SocketListener listener, SocketPolicy policy, String route) {
        return new SocketConnection(listener, policy, route, this);
    }

    ScheduledExecutorService scheduler() {
        return streams.scheduler();
    }

    /** Runs a listener's call with a request context of its own, as a request's handler has one. */
    void inRequestContext(Runnable call) {
        background.inRequestContext(() -> {
            call.run();
            return null;
        });
    }
}
